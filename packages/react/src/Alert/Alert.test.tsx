import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Alert } from './Alert.js';

describeBasics('Alert', {
  component: Alert,
  rootClass: 'sk-alert',
  rootTag: 'DIV',
  render: (extra) => (
    <Alert title="Hinweis" {...extra}>
      Das Bürgerbüro ist am Montag geschlossen.
    </Alert>
  ),
});

describe('Alert', () => {
  it('is no live region by default (content present from the start)', () => {
    render(<Alert title="Hinweis">Text</Alert>);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Information: Hinweis');
  });

  it('announces danger and warning assertively, success and info politely', () => {
    const { rerender } = render(
      <Alert variant="danger" title="Senden fehlgeschlagen" announce>
        Bitte versuchen Sie es später erneut.
      </Alert>,
    );
    expect(screen.getByRole('alert', { name: 'Fehler: Senden fehlgeschlagen' }).className).toBe(
      'sk-alert sk-alert--danger',
    );
    rerender(
      <Alert variant="success" title="Antrag gesendet" announce headingLevel={3}>
        Sie erhalten eine Bestätigung.
      </Alert>,
    );
    expect(screen.getByRole('status', { name: 'Erfolg: Antrag gesendet' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3 })).toBeTruthy();
  });

  it('puts the prefix into the body when there is no title', () => {
    render(
      <Alert variant="warning" locale="en">
        Your session ends in 5 minutes.
      </Alert>,
    );
    expect(document.body.textContent).toBe('Warning: Your session ends in 5 minutes.');
  });
});
