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

describe('ErrorMessage', () => {
  it('starts with a hidden "Fehler:" so the error is not told by colour alone', () => {
    render(<ErrorMessage>Geben Sie eine Postleitzahl ein.</ErrorMessage>);
    expect(screen.getByText('Fehler:', { exact: false }).className).toBe(
      'sk-error-message__prefix',
    );
    expect(document.body.textContent).toBe('Fehler: Geben Sie eine Postleitzahl ein.');
  });

  it('speaks English', () => {
    render(<ErrorMessage locale="en">Enter a postcode.</ErrorMessage>);
    expect(document.body.textContent).toBe('Error: Enter a postcode.');
  });
});
