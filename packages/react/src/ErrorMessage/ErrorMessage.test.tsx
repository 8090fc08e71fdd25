import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { ErrorMessage } from './ErrorMessage.js';

describeBasics('ErrorMessage', {
  component: ErrorMessage,
  rootClass: 'sk-error-message',
  rootTag: 'P',
  render: (extra) => <ErrorMessage {...extra}>Geben Sie Ihren Nachnamen ein.</ErrorMessage>,
});

// Darstellung (error colour, forced colours) is CSS: checked in the browser by the stories' tests.
describe('ErrorMessage: acceptance criteria (ErrorMessage.mdx)', () => {
  it("Screenreader: read through the field's aria-describedby as „Fehler: …“", () => {
    render(
      <>
        <label htmlFor="plz">Postleitzahl</label>
        <input id="plz" aria-describedby="plz-error" />
        <ErrorMessage id="plz-error">Geben Sie eine Postleitzahl ein.</ErrorMessage>
      </>,
    );
    expect(screen.getByLabelText('Postleitzahl')).toHaveAccessibleDescription(
      'Fehler: Geben Sie eine Postleitzahl ein.',
    );
    expect(screen.getByText('Fehler:', { exact: false })).toHaveClass('sk-error-message__prefix');
  });
});

describe('ErrorMessage', () => {
  it('has an English prefix and takes a custom one', () => {
    const { container, rerender } = render(
      <ErrorMessage locale="en">Enter a postcode.</ErrorMessage>,
    );
    expect(container).toHaveTextContent(/^Error: Enter a postcode\.$/);
    rerender(<ErrorMessage prefix="Achtung:">Prüfen Sie die Angabe.</ErrorMessage>);
    expect(container).toHaveTextContent(/^Achtung: Prüfen Sie die Angabe\.$/);
  });
});
