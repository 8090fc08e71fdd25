import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Kopfzeile } from './Kopfzeile.js';

const explanation = (
  <p>Offizielle Seiten der Stadt enden auf muenchen.de und werden verschlüsselt übertragen.</p>
);

describeBasics('Kopfzeile', {
  component: Kopfzeile,
  rootClass: 'sk-kopfzeile',
  rootTag: 'DIV',
  render: (extra) => (
    <Kopfzeile explanation={explanation} {...extra}>
      Ein Angebot der Landeshauptstadt München
    </Kopfzeile>
  ),
});

describe('Kopfzeile: Akzeptanzkriterien', () => {
  it('Semantik: der Text sagt, wessen Angebot die Seite ist', () => {
    render(<Kopfzeile>Ein Angebot der Landeshauptstadt München</Kopfzeile>);
    expect(screen.getByText('Ein Angebot der Landeshauptstadt München').tagName).toBe('P');
  });

  it('Semantik: die Erklärung steckt in einem nativen details/summary und ist anfangs geschlossen', () => {
    render(
      <Kopfzeile explanation={explanation}>Ein Angebot der Landeshauptstadt München</Kopfzeile>,
    );
    const summary = screen.getByText('Woran Sie das erkennen');
    expect(summary.tagName).toBe('SUMMARY');
    expect(summary.closest('details')).not.toHaveAttribute('open');
  });

  it('Ohne JavaScript: die Erklärung ist im Server-HTML enthalten und mit details aufklappbar', () => {
    const html = renderToString(
      <Kopfzeile explanation={explanation}>Ein Angebot der Landeshauptstadt München</Kopfzeile>,
    );
    expect(html).toMatch(/<details class="sk-kopfzeile__details"><summary/);
    expect(html).toContain('Offizielle Seiten der Stadt enden auf muenchen.de');
  });

  // Enter and Space on <summary> are the browser's own behaviour; the story „Tastatur“ presses them in Chromium.
  it('Tastatur: der Schalter ist mit Tab erreichbar und öffnet die Erklärung', async () => {
    const user = userEvent.setup();
    render(
      <Kopfzeile explanation={explanation}>Ein Angebot der Landeshauptstadt München</Kopfzeile>,
    );
    await user.tab();
    const summary = screen.getByText('Woran Sie das erkennen');
    expect(summary).toHaveFocus();
    await user.click(summary);
    expect(summary.closest('details')).toHaveAttribute('open');
  });

  it('Ohne Erklärung gibt es keinen Schalter', () => {
    const { container } = render(<Kopfzeile>Ein Angebot der Stadt Kiel</Kopfzeile>);
    expect(container.querySelector('details')).toBeNull();
  });

  it('Sprache: „How you can tell“ mit locale="en", ein eigener Schaltertext ersetzt den Standard', () => {
    const { rerender } = render(
      <Kopfzeile explanation={explanation} locale="en">
        A service of the City of Munich
      </Kopfzeile>,
    );
    expect(screen.getByText('How you can tell')).toBeInTheDocument();
    rerender(
      <Kopfzeile explanation={explanation} summary="So erkennen Sie offizielle Seiten">
        Ein Angebot der Landeshauptstadt München
      </Kopfzeile>,
    );
    expect(screen.getByText('So erkennen Sie offizielle Seiten').tagName).toBe('SUMMARY');
  });

  it('Fehler: eine Kopfzeile ohne Text warnt in der Entwicklung', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<Kopfzeile>{''}</Kopfzeile>);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Kopfzeile has no text'));
  });
});
