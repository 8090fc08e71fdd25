import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { NotificationBanner } from './NotificationBanner.js';

describeBasics('NotificationBanner', {
  component: NotificationBanner,
  rootClass: 'sk-notification-banner',
  rootTag: 'DIV',
  render: (extra) => (
    <NotificationBanner {...extra}>
      <p>Das Bürgerbüro ist am 24. Dezember geschlossen.</p>
    </NotificationBanner>
  ),
});

describe('NotificationBanner: Akzeptanzkriterien', () => {
  it('Semantik: ohne Ansage ist das Banner eine mit seinem Titel „Wichtig“ benannte Region, der Titel eine Überschrift', () => {
    render(<NotificationBanner>Text</NotificationBanner>);
    const region = screen.getByRole('region');
    expect(region).toHaveAccessibleName('Wichtig');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Wichtig$/);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Sprache: die Erfolgsvariante heißt „Erfolg“, auf Englisch „Important“ / „Success“', () => {
    const { rerender } = render(
      <NotificationBanner variant="success">Gespeichert</NotificationBanner>,
    );
    expect(screen.getByRole('region')).toHaveAccessibleName('Erfolg');
    expect(screen.getByRole('region')).toHaveClass('sk-notification-banner--success');
    rerender(<NotificationBanner locale="en">Text</NotificationBanner>);
    expect(screen.getByRole('region')).toHaveAccessibleName('Important');
    rerender(
      <NotificationBanner variant="success" locale="en">
        Text
      </NotificationBanner>,
    );
    expect(screen.getByRole('region')).toHaveAccessibleName('Success');
  });

  it('Screenreader: mit announce wird das Banner als Meldung (role="alert") angesagt', () => {
    render(
      <NotificationBanner variant="success" announce heading="Adresse gespeichert">
        Text
      </NotificationBanner>,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName('Erfolg');
    expect(screen.getByRole('alert')).not.toHaveFocus();
  });

  it('Tastatur: mit focusOnMount erhält das Banner beim Erscheinen einmal den Fokus und ist danach kein Tab-Stopp', () => {
    const { rerender } = render(
      <>
        <NotificationBanner variant="success" focusOnMount heading="Antrag gespeichert">
          Sie können ihn später fortsetzen.
        </NotificationBanner>
        <button type="button">Weiter</button>
      </>,
    );
    const banner = screen.getByRole('alert');
    expect(banner).toHaveAccessibleName('Erfolg');
    expect(banner).toHaveFocus();
    expect(banner).toHaveAttribute('tabindex', '-1');
    screen.getByRole('button', { name: 'Weiter' }).focus();
    expect(banner).not.toHaveAttribute('tabindex');
    rerender(
      <>
        <NotificationBanner variant="success" focusOnMount heading="Antrag gespeichert">
          Sie können ihn später fortsetzen (geändert).
        </NotificationBanner>
        <button type="button">Weiter</button>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Weiter' })).toHaveFocus();
  });

  it('Darstellung: die Nachricht steht groß als eigener Absatz über weiterem Inhalt', () => {
    render(
      <NotificationBanner heading="Neue Gebühren ab 1. Januar">
        <p>Die Gebührenordnung wurde geändert.</p>
      </NotificationBanner>,
    );
    const heading = screen.getByText('Neue Gebühren ab 1. Januar');
    expect(heading.tagName).toBe('P');
    expect(heading).toHaveClass('sk-notification-banner__heading');
    expect(heading.nextElementSibling).toHaveTextContent('Die Gebührenordnung wurde geändert.');
  });

  it('Server: das Banner rendert auf dem Server vollständig; tabindex setzt erst der Browser beim Fokussieren', () => {
    const html = renderToString(
      <NotificationBanner variant="success" focusOnMount heading="Gespeichert">
        Text
      </NotificationBanner>,
    );
    expect(html).toContain('role="alert"');
    expect(html).not.toContain('tabindex');
    expect(renderToString(<NotificationBanner>Text</NotificationBanner>)).toContain(
      'role="region"',
    );
  });
});
