import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Panel } from './Panel.js';

describeBasics('Panel', {
  component: Panel,
  rootClass: 'sk-panel',
  rootTag: 'DIV',
  render: (extra) => <Panel title="Antrag gesendet" reference="2026-0815" {...extra} />,
});

describe('Panel: Akzeptanzkriterien', () => {
  it('Semantik: der Titel ist eine Überschrift der ersten Ebene, die Ebene ist einstellbar', () => {
    const { rerender } = render(<Panel title="Antrag gesendet" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Antrag gesendet$/);
    rerender(<Panel title="Antrag gesendet" headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Antrag gesendet$/);
  });

  it('Screenreader: die Vorgangsnummer wird mit ihrer Beschriftung gelesen und ist fett hervorgehoben', () => {
    render(<Panel title="Antrag gesendet" reference="2026-0815" />);
    const number = screen.getByText('2026-0815');
    expect(number.tagName).toBe('STRONG');
    expect(number.parentElement).toHaveTextContent(/^Ihre Vorgangsnummer: 2026-0815$/);
  });

  it('Sprache: locale="en" beschriftet die Nummer mit „Your reference number:“, die Beschriftung ist ersetzbar', () => {
    const { rerender } = render(
      <Panel title="Application sent" reference="HDJ2123F" locale="en" />,
    );
    expect(screen.getByText('HDJ2123F').parentElement).toHaveTextContent(
      /^Your reference number: HDJ2123F$/,
    );
    rerender(<Panel title="Antrag gesendet" reference="A-17" referenceLabel="Aktenzeichen:" />);
    expect(screen.getByText('A-17').parentElement).toHaveTextContent(/^Aktenzeichen: A-17$/);
  });

  it('Darstellung: ohne Nummer und Text gibt es keinen leeren Inhaltsbereich', () => {
    const { container } = render(<Panel title="Termin abgesagt" />);
    expect(container.querySelector('.sk-panel__body')).toBeNull();
    expect(container.querySelector('.sk-panel')?.childElementCount).toBe(1);
  });
});
