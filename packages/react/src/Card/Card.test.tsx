import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Card } from './Card.js';

describeBasics('Card', {
  component: Card,
  rootClass: 'sk-card',
  rootTag: 'DIV',
  render: (extra) => (
    <Card heading="Wohnsitz anmelden" href="/dienste/anmelden" {...extra}>
      Melden Sie Ihren neuen Wohnsitz online an.
    </Card>
  ),
});

describe('Card: Akzeptanzkriterien', () => {
  it('Semantik: die Überschrift ist eine Überschrift der eingestellten Ebene, Text und Meta folgen ihr', () => {
    const { container } = render(
      <Card heading="Wohnsitz anmelden" headingLevel={3} meta="Dauer: etwa 15 Minuten">
        <p>Melden Sie Ihren neuen Wohnsitz online an.</p>
      </Card>,
    );
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(/^Wohnsitz anmelden$/);
    expect(container.querySelector('.sk-card__body')).toHaveTextContent(
      /^Wohnsitz anmeldenMelden Sie Ihren neuen Wohnsitz online an\.Dauer: etwa 15 Minuten$/,
    );
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('Screenreader: mit href gibt es genau einen Link, sein Name ist der Text der Überschrift', () => {
    render(
      <Card heading="Wohnsitz anmelden" href="/dienste/anmelden" meta="Online">
        Melden Sie Ihren neuen Wohnsitz online an.
      </Card>,
    );
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAccessibleName('Wohnsitz anmelden');
    expect(links[0]).toHaveAttribute('href', '/dienste/anmelden');
    expect(links[0]?.parentElement).toBe(screen.getByRole('heading'));
  });

  it('Darstellung: mit href ist die ganze Karte klickbar (Blocklink-Modifikator), ohne nicht', () => {
    const { container, rerender } = render(<Card heading="Wohnsitz anmelden" href="/a" />);
    expect(container.firstElementChild).toHaveClass('sk-card sk-card--link', { exact: true });
    rerender(<Card heading="Wohnsitz anmelden" />);
    expect(container.firstElementChild).toHaveClass('sk-card', { exact: true });
  });

  it('Tastatur: die Karte ist mit einem einzigen Tab-Stopp erreichbar', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Card heading="Wohnsitz anmelden" href="/a" image={{ src: '/bild.jpg', alt: '' }}>
          Text
        </Card>
        <button type="button">Danach</button>
      </>,
    );
    await user.tab();
    expect(screen.getByRole('link', { name: 'Wohnsitz anmelden' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Danach' })).toHaveFocus();
  });

  it('Semantik: ein Bild trägt seinen Alternativtext, ein dekoratives (alt="") wird übergangen', () => {
    const { rerender } = render(
      <Card
        heading="Stadtbibliothek"
        image={{ src: '/bibliothek.jpg', alt: 'Lesesaal mit Fenstern' }}
      />,
    );
    expect(screen.getByRole('img')).toHaveAccessibleName('Lesesaal mit Fenstern');
    rerender(<Card heading="Stadtbibliothek" image={{ src: '/bibliothek.jpg', alt: '' }} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('presentation')).toHaveClass('sk-card__image');
  });

  it('Entwicklung: warnt bei unsicherem href (und entfernt ihn) und bei einem Bild ohne alt', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <Card
        heading="Zahlung"
        href="javascript:alert(1)"
        image={{ src: '/x.jpg' } as unknown as { src: string; alt: string }}
      />,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('Card: the href "javascript:alert(1)"'),
    );
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('Card: the image "/x.jpg" has no alt'),
    );
  });
});
