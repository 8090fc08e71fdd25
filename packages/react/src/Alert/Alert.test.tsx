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

// Darstellung (contrast, forced colours) is CSS: checked in the browser by the stories' tests.
describe('Alert: acceptance criteria (Alert.mdx)', () => {
  it('Semantik: the title is a heading (headingLevel, 2 by default); with announce the matching live role', () => {
    const { rerender } = render(<Alert title="Hinweis">Text</Alert>);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Information: Hinweis');
    rerender(
      <Alert variant="danger" title="Senden fehlgeschlagen" announce headingLevel={3}>
        Bitte versuchen Sie es später erneut.
      </Alert>,
    );
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Senden fehlgeschlagen');
    expect(screen.getByRole('alert', { name: 'Fehler: Senden fehlgeschlagen' })).toHaveClass(
      'sk-alert--danger',
    );
    rerender(
      <Alert variant="warning" announce>
        Ihre Sitzung endet bald.
      </Alert>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Warnung: Ihre Sitzung endet bald.');
    rerender(
      <Alert variant="success" title="Antrag gesendet" announce>
        Sie erhalten eine Bestätigung.
      </Alert>,
    );
    expect(screen.getByRole('status')).toHaveAccessibleName('Erfolg: Antrag gesendet');
  });

  it('Screenreader: „Erfolg: Antrag gesendet …“; static messages are no live region', () => {
    const { container, rerender } = render(
      <Alert variant="success" title="Antrag gesendet">
        Sie erhalten eine Bestätigung.
      </Alert>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent(/^Erfolg: Antrag gesendet$/);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    rerender(
      <Alert variant="warning" locale="en">
        Your session ends in 5 minutes.
      </Alert>,
    );
    expect(container).toHaveTextContent(/^Warning: Your session ends in 5 minutes\.$/);
  });
});
