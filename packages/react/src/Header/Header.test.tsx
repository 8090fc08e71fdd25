import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Kopfzeile } from '../Kopfzeile/Kopfzeile.js';
import { ServiceNavigation } from '../ServiceNavigation/ServiceNavigation.js';
import { describeBasics } from '../test/basics.js';
import { Header } from './Header.js';

const logo = <img src="/logo-muenchen.svg" alt="Landeshauptstadt München" />;
const navigation = (
  <ServiceNavigation
    items={[
      { label: 'Übersicht', href: '/wohngeld' },
      { label: 'Meine Anträge', href: '/wohngeld/antraege', current: true },
    ]}
  />
);
const full = {
  logo,
  logoHref: 'https://www.muenchen.de',
  serviceName: 'Wohngeld online',
  serviceHref: '/wohngeld',
  navigation,
  languageSwitcher: <a href="/en/wohngeld">English</a>,
  account: <a href="/anmelden">Anmelden</a>,
};

describeBasics('Header', {
  component: Header,
  rootClass: 'sk-header',
  rootTag: 'HEADER',
  render: (extra) => <Header {...full} {...extra} />,
});

// Darstellung (menu expanded inline from 48rem, logo size, forced colours) is CSS: checked in the browser by the
// stories' tests.
describe('Header: Akzeptanzkriterien', () => {
  it('Semantik: ein <header>-Landmark (banner) mit Logo-Link, Dienstname als Link zur Startseite des Dienstes und den Plätzen für Navigation, Sprachwahl und Anmeldung', () => {
    render(<Header {...full} />);
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Wohngeld online' })).toHaveAttribute(
      'href',
      '/wohngeld',
    );
    expect(
      within(banner).getByRole('navigation', { name: 'Servicenavigation' }),
    ).toBeInTheDocument();
    expect(within(banner).getByRole('link', { name: 'English' })).toBeInTheDocument();
    expect(within(banner).getByRole('link', { name: 'Anmelden' })).toBeInTheDocument();
  });

  it('Screenreader: der Logo-Link hat einen Namen – den Alternativtext des Logos oder logoLabel', () => {
    const { rerender } = render(<Header {...full} />);
    expect(screen.getByRole('link', { name: 'Landeshauptstadt München' })).toHaveAttribute(
      'href',
      'https://www.muenchen.de',
    );
    rerender(<Header {...full} logoLabel="Landeshauptstadt München – Startseite" />);
    expect(
      screen.getByRole('link', { name: 'Landeshauptstadt München – Startseite' }),
    ).toBeInTheDocument();
  });

  it('Ohne JavaScript: die Navigation steckt in einem nativen details mit dem Schalter „Menü“ und ist im Server-HTML enthalten', () => {
    const html = renderToString(<Header {...full} />);
    expect(html).toMatch(
      /<details class="sk-header__menu"><summary class="sk-header__menu-button">Menü<\/summary>/,
    );
    expect(html).toContain('Meine Anträge');
  });

  it('Tastatur: Logo, Dienstname, Sprachwahl, Anmeldung und der Schalter „Menü“ sind der Reihe nach mit Tab erreichbar', async () => {
    const user = userEvent.setup();
    render(<Header {...full} />);
    for (const element of [
      screen.getByRole('link', { name: 'Landeshauptstadt München' }),
      screen.getByRole('link', { name: 'Wohngeld online' }),
      screen.getByRole('link', { name: 'English' }),
      screen.getByRole('link', { name: 'Anmelden' }),
      screen.getByText('Menü'),
    ]) {
      await user.tab();
      expect(element).toHaveFocus();
    }
  });

  it('Ohne Navigation gibt es keinen Schalter „Menü“, ohne logoHref ist das Logo kein Link', () => {
    render(<Header logo={logo} serviceName="Wohngeld online" serviceHref="/wohngeld" />);
    expect(screen.queryByText('Menü')).toBeNull();
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByRole('img', { name: 'Landeshauptstadt München' })).toBeInTheDocument();
  });

  it('Die Kopfzeile steht als erstes im banner-Landmark, vor Logo und Dienstname', () => {
    render(
      <Header {...full} kopfzeile={<Kopfzeile>Ein Angebot der Stadt Musterstadt</Kopfzeile>} />,
    );
    const banner = screen.getByRole('banner');
    const identity = within(banner).getByText('Ein Angebot der Stadt Musterstadt');
    expect(
      identity.compareDocumentPosition(
        within(banner).getByRole('link', { name: 'Wohngeld online' }),
      ),
    ).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('Sprache: „Menu“ mit locale="en", ein eigener Schaltertext ersetzt den Standard', () => {
    const { rerender } = render(<Header {...full} locale="en" />);
    expect(screen.getByText('Menu').tagName).toBe('SUMMARY');
    rerender(<Header {...full} menuLabel="Navigation" />);
    expect(screen.getByText('Navigation').tagName).toBe('SUMMARY');
  });

  it('Fehler: ein Logo-Link ohne Namen und unsichere Adressen warnen in der Entwicklung', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const html = renderToString(
      <Header
        logo={<img src="/logo.svg" alt="" />}
        logoHref="https://www.kiel.de"
        serviceName="Hundesteuer"
        serviceHref="javascript:alert(1)"
      />,
    );
    expect(html).not.toContain('javascript:');
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('the logo link has no accessible name'),
    );
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unsafe URL scheme'));
  });
});
