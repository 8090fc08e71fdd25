import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { ErrorSummary } from './ErrorSummary.js';

const errors = [
  { href: '#nachname', message: 'Geben Sie Ihren Nachnamen ein.' },
  { href: '#plz', message: 'Die Postleitzahl hat 5 Ziffern.' },
] as const;

describeBasics('ErrorSummary', {
  component: ErrorSummary,
  rootClass: 'sk-error-summary',
  rootTag: 'DIV',
  render: (extra) => <ErrorSummary errors={[...errors]} focusOnMount={false} {...extra} />,
});

describe('ErrorSummary', () => {
  it('takes focus when it appears and is named by its heading', () => {
    render(<ErrorSummary errors={[...errors]} />);
    const summary = screen.getByRole('alert', { name: 'Es gibt ein Problem' });
    expect(document.activeElement).toBe(summary);
    expect(screen.getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual([
      '#nachname',
      '#plz',
    ]);
  });

  it('moves focus to the field when a link is activated with the keyboard', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ErrorSummary errors={[...errors]} />
        <label htmlFor="nachname">Nachname</label>
        <input id="nachname" />
        <label htmlFor="plz">Postleitzahl</label>
        <input id="plz" />
      </>,
    );
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Geben Sie Ihren Nachnamen ein.');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText('Postleitzahl'));
  });

  it('has an English title', () => {
    render(<ErrorSummary errors={[...errors]} locale="en" focusOnMount={false} />);
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
  });
});
