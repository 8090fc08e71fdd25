import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { SummaryList } from './SummaryList.js';
import type { SummaryListRow } from './SummaryList.js';

const rows: SummaryListRow[] = [
  { key: 'Name', value: 'Erika Mustermann', actions: [{ href: '/antrag/name' }] },
  { key: 'Geburtsdatum', value: '12.08.1964', actions: [{ href: '/antrag/geburtsdatum' }] },
  { key: 'Vorgangsart', value: 'Ummeldung' },
];

describeBasics('SummaryList', {
  component: SummaryList,
  rootClass: 'sk-summary-list',
  rootTag: 'DL',
  render: (extra) => <SummaryList rows={rows} {...extra} />,
});

describe('SummaryList: Akzeptanzkriterien', () => {
  it('Semantik: jede Zeile ist ein Begriff (dt) mit seiner Angabe (dd) in einer Beschreibungsliste', () => {
    render(<SummaryList rows={rows} />);
    const terms = screen.getAllByRole('term');
    expect(terms.map((t) => t.textContent)).toEqual(['Name', 'Geburtsdatum', 'Vorgangsart']);
    expect(terms[0]?.closest('dl')).toHaveClass('sk-summary-list');
    expect(screen.getByText('12.08.1964').tagName).toBe('DD');
  });

  it('Screenreader: der Name jeder Aktion nennt den Schlüssel („Ändern Geburtsdatum“)', () => {
    render(<SummaryList rows={rows} />);
    const link = screen.getByRole('link', { name: 'Ändern Geburtsdatum' });
    expect(link.getAttribute('href')).toBe('/antrag/geburtsdatum');
    expect(within(link).getByText(/Geburtsdatum/)).toHaveClass('sk-summary-list__context');
  });

  it('Screenreader: mehrere Aktionen einer Zeile stehen in einer Liste und nennen eigene Kontexte', () => {
    render(
      <SummaryList
        rows={[
          {
            key: 'Anhang',
            value: 'mietvertrag.pdf',
            actions: [
              { href: '#ersetzen', label: 'Ersetzen' },
              { href: '#entfernen', label: 'Entfernen', context: 'Mietvertrag' },
            ],
          },
        ]}
      />,
    );
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Ersetzen Anhang' })).toHaveAttribute(
      'href',
      '#ersetzen',
    );
    expect(screen.getByRole('link', { name: 'Entfernen Mietvertrag' })).toHaveAttribute(
      'href',
      '#entfernen',
    );
  });

  it('Darstellung: Zeilen ohne Aktionen haben keinen leeren Aktionsbereich und bleiben in den Spalten der anderen', () => {
    const { container, rerender } = render(<SummaryList rows={rows} />);
    const last = screen.getByText('Vorgangsart').parentElement;
    expect(last?.children).toHaveLength(2);
    expect(container.firstElementChild).not.toHaveClass('sk-summary-list--no-actions');
    rerender(<SummaryList rows={[{ key: 'Vorgangsart', value: 'Ummeldung' }]} />);
    expect(container.firstElementChild?.className).toBe(
      'sk-summary-list sk-summary-list--no-actions',
    );
  });

  it('Semantik: die Kartenvariante hat einen Titel als Überschrift, ihre Aktionen nennen den Titel', () => {
    render(
      <SummaryList
        rows={rows}
        card={{
          title: 'Kind 1',
          headingLevel: 3,
          actions: [{ href: '#kind-1', label: 'Entfernen' }],
        }}
      />,
    );
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^Kind 1$/);
    expect(screen.getByRole('link', { name: 'Entfernen Kind 1' })).toHaveAttribute(
      'href',
      '#kind-1',
    );
    expect(screen.getByRole('heading').parentElement?.parentElement).toHaveClass(
      'sk-summary-list__card',
    );
  });

  it('Tastatur: jede Aktion ist ein echter Link und mit Tab erreichbar', async () => {
    const user = userEvent.setup();
    render(<SummaryList rows={rows} />);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Ändern Name' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Ändern Geburtsdatum' })).toHaveFocus();
  });

  it('Sprache: locale="en" beschriftet die Aktionen mit „Change“', () => {
    render(<SummaryList rows={rows} locale="en" />);
    expect(screen.getByRole('link', { name: 'Change Name' })).toHaveAttribute(
      'href',
      '/antrag/name',
    );
  });

  it('Entwicklung: warnt, wenn eine Aktion keinen Text als Kontext hat', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <SummaryList
        rows={[
          { key: <span aria-hidden="true">★</span>, value: 'x', actions: [{ href: '#stern' }] },
        ]}
      />,
    );
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('SummaryList: the action to "#stern"'),
    );
  });
});
