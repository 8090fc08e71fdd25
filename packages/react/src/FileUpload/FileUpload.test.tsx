import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FormField } from '../FormField/FormField.js';
import { describeBasics } from '../test/basics.js';
import { FileUpload } from './FileUpload.js';

const MB = 1024 * 1024;
const accept = '.pdf,.jpg,.jpeg,.png,application/pdf';
const file = (name: string, size: number, type = 'application/pdf') =>
  new File([new Uint8Array(size)], name, { type });
const names = (input: HTMLInputElement) => [...(input.files ?? [])].map((f) => f.name);
/**
 * What the browser does after the file dialog: sets the files and fires `change`, whatever `accept`
 * says (user-event's `upload` replaces `files` by a getter, which no browser does).
 */
function choose(input: HTMLElement, files: File[]) {
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  (input as HTMLInputElement).files = transfer.files;
  fireEvent.change(input);
}
/** Intl may join number and unit with a no-break space. */
const plain = (text: string | null) => text?.replace(/\s+/g, ' ').trim();

function field(extra: Partial<Parameters<typeof FileUpload>[0]> = {}) {
  return (
    <FormField label="Nachweise" hint="PDF, JPG oder PNG, höchstens 5 MB je Datei.">
      <FileUpload name="nachweise" multiple accept={accept} maxSize={5 * MB} {...extra} />
    </FormField>
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describeBasics('FileUpload', {
  component: FileUpload,
  rootClass: 'sk-file-upload',
  rootTag: 'DIV',
  refTag: 'INPUT',
  render: (extra) => <FileUpload aria-label="Nachweise" {...extra} />,
});

describe('FileUpload: acceptance criteria (FileUpload.mdx)', () => {
  it('Ohne JavaScript: ein natives <input type="file"> mit Beschriftung und Hinweis; die Ablagefläche ist verborgen', () => {
    const html = renderToString(field());
    document.body.innerHTML = html;
    const input = screen.getByLabelText('Nachweise');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('name', 'nachweise');
    expect(input).toHaveAttribute('data-sk-max-size', String(5 * MB));
    expect(input).toHaveAccessibleDescription('PDF, JPG oder PNG, höchstens 5 MB je Datei.');
    expect(document.querySelector('.sk-file-upload__drop-zone')).toHaveAttribute('hidden');
    expect(document.querySelector('.sk-file-upload__list')?.children).toHaveLength(0);
    document.body.innerHTML = '';
  });

  it('Formulare: die Dateien liegen im echten Eingabefeld; onChange feuert und sieht nur die erlaubten Dateien', () => {
    const onChange = vi.fn((event: { target: HTMLInputElement }) => names(event.target));
    const ref = createRef<HTMLInputElement>();
    render(
      <form aria-label="Antrag">
        <FormField label="Nachweise">
          <FileUpload ref={ref} name="nachweise" multiple accept={accept} onChange={onChange} />
        </FormField>
      </form>,
    );
    choose(screen.getByLabelText('Nachweise'), [
      file('antrag.pdf', 10),
      file('scan.tiff', 10, 'image/tiff'),
    ]);
    expect(onChange).toHaveLastReturnedWith(['antrag.pdf']);
    const data = new FormData(screen.getByRole('form'));
    expect((data.getAll('nachweise') as File[]).map((f) => f.name)).toEqual(['antrag.pdf']);
    expect(ref.current?.files?.[0]?.name).toBe('antrag.pdf');
  });

  it('Dateiliste: jede Datei mit Name, Größe („1,2 MB“) und einer Schaltfläche „<Dateiname> entfernen“', () => {
    render(field());
    choose(screen.getByLabelText('Nachweise'), [
      file('antrag.pdf', 1.2 * MB),
      file('foto.jpg', 300 * 1024, 'image/jpeg'),
    ]);
    const items = screen.getAllByRole('listitem').map((li) => plain(li.textContent));
    expect(items).toEqual(['antrag.pdf 1,2 MB Entfernen', 'foto.jpg 300 kB Entfernen']);
    expect(screen.getByRole('button', { name: 'antrag.pdf entfernen' })).toHaveAttribute(
      'type',
      'button',
    );
  });

  it('Prüfung: falscher Dateityp und zu große Dateien werden nicht übernommen und je Datei gemeldet', () => {
    render(field());
    const input = screen.getByLabelText<HTMLInputElement>('Nachweise');
    choose(input, [
      file('scan.tiff', 10, 'image/tiff'),
      file('gross.pdf', 5 * MB + 1),
      file('antrag.pdf', 10),
    ]);
    expect(names(input)).toEqual(['antrag.pdf']);
    expect(
      screen.getByText('„scan.tiff“ ist kein erlaubter Dateityp. Erlaubt: PDF, JPG, PNG.'),
    ).toHaveClass('sk-file-upload__item--error');
    expect(plain(screen.getAllByRole('listitem')[1]?.textContent ?? null)).toBe(
      '„gross.pdf“ ist größer als 5 MB.',
    );
  });

  it('Screenreader: das Ergebnis wird höflich angesagt („1 Datei ausgewählt.“, Fehler, „… entfernt.“)', async () => {
    const user = userEvent.setup();
    const { container } = render(field());
    const status = container.querySelector('[aria-live="polite"]');
    choose(screen.getByLabelText('Nachweise'), [
      file('scan.tiff', 10, 'image/tiff'),
      file('antrag.pdf', 10),
    ]);
    expect(status).toHaveTextContent(
      '„scan.tiff“ ist kein erlaubter Dateityp. Erlaubt: PDF, JPG, PNG. 1 Datei ausgewählt.',
    );
    await user.click(screen.getByRole('button', { name: 'antrag.pdf entfernen' }));
    expect(status).toHaveTextContent('„antrag.pdf“ entfernt. Keine Datei ausgewählt.');
  });

  it('Tastatur: Tab erreicht die Entfernen-Schaltflächen; Entfernen nimmt die Datei aus dem Feld und setzt den Fokus auf die nächste, sonst das Feld', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(field({ onChange }));
    const input = screen.getByLabelText<HTMLInputElement>('Nachweise');
    choose(input, [file('a.pdf', 1), file('b.pdf', 2)]);
    input.focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'a.pdf entfernen' })).toHaveFocus();
    onChange.mockClear();
    await user.keyboard('{Enter}');
    expect(names(input)).toEqual(['b.pdf']);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'b.pdf entfernen' })).toHaveFocus();
    await user.keyboard(' ');
    expect(names(input)).toEqual([]);
    expect(input).toHaveFocus();
  });

  it('Ablegen: Dateien auf der Ablagefläche kommen hinzu (mit multiple) oder ersetzen die Auswahl (ohne)', () => {
    render(
      <>
        {field()}
        <FileUpload aria-label="Ausweis" accept=".jpg,.png" />
      </>,
    );
    const input = screen.getByLabelText<HTMLInputElement>('Nachweise');
    choose(input, [file('a.pdf', 1)]);
    const zones = screen.getAllByText('oder hierher ziehen und ablegen');
    const drop = (zone: Element, files: File[]) => {
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(f);
      fireEvent.drop(zone, { dataTransfer: transfer });
    };
    drop(zones[0] as Element, [file('b.pdf', 1)]);
    expect(names(input)).toEqual(['a.pdf', 'b.pdf']);
    const single = screen.getByLabelText<HTMLInputElement>('Ausweis');
    drop(zones[1] as Element, [file('x.png', 1, 'image/png'), file('y.png', 1, 'image/png')]);
    expect(names(single)).toEqual(['x.png']);
  });

  it('Sprache: Englisch mit locale="en" („1.2 MB“, „Remove …“, „or drag and drop here“)', () => {
    render(<FileUpload aria-label="Documents" locale="en" maxSize={5 * MB} />);
    expect(screen.getByText('or drag and drop here')).toBeInTheDocument();
    choose(screen.getByLabelText('Documents'), [file('form.pdf', 1.2 * MB)]);
    expect(plain(screen.getByRole('listitem').textContent)).toBe('form.pdf 1.2 MB Remove');
    expect(screen.getByRole('button', { name: 'Remove form.pdf' })).toBeInTheDocument();
  });

  it('Sprache: ohne locale bleibt alles Deutsch, auch auf einer Seite mit lang="en"', () => {
    render(
      <div lang="en">
        <FileUpload aria-label="Nachweise" />
      </div>,
    );
    choose(screen.getByLabelText('Nachweise'), [file('antrag.pdf', 10)]);
    expect(screen.getByRole('button', { name: 'antrag.pdf entfernen' })).toBeInTheDocument();
  });

  it('Entwicklung: ein Feld ohne Beschriftung erzeugt eine Warnung', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<FileUpload name="ohne-namen" />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('FileUpload has no accessible name'));
  });
});
