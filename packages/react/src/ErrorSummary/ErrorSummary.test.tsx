import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
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

const form = (
  <>
    <ErrorSummary errors={[...errors]} />
    <label htmlFor="nachname">Nachname</label>
    <input id="nachname" />
    <label htmlFor="plz">Postleitzahl</label>
    <input id="plz" />
  </>
);

describe('ErrorSummary: acceptance criteria (ErrorSummary.mdx)', () => {
  it('Semantik: role="alert", named by its heading; a list of links in field order', () => {
    render(<ErrorSummary errors={[...errors]} focusOnMount={false} />);
    expect(screen.getByRole('alert')).toHaveAccessibleName('Es gibt ein Problem');
    expect(screen.getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual([
      '#nachname',
      '#plz',
    ]);
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(2);
  });

  it('Fokus: takes focus when it appears (unless focusOnMount={false}); tabindex="-1" keeps it out of the Tab order', () => {
    const { unmount } = render(<ErrorSummary errors={[...errors]} />);
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveAttribute('tabindex', '-1');
    unmount();
    render(<ErrorSummary errors={[...errors]} focusOnMount={false} />);
    expect(screen.getByRole('alert')).not.toHaveFocus();
  });

  it('Tastatur: Tab reaches the links; Enter focuses the field', async () => {
    const user = userEvent.setup();
    render(form);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Geben Sie Ihren Nachnamen ein.' })).toHaveFocus();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Postleitzahl')).toHaveFocus();
  });

  it('Inhalt: the same texts as the error messages at the fields', () => {
    render(<ErrorSummary errors={[...errors]} focusOnMount={false} />);
    expect(screen.getAllByRole('link').map((l) => l.textContent)).toEqual(
      errors.map((e) => e.message),
    );
  });
});

describe('ErrorSummary', () => {
  it('has an English title', () => {
    render(<ErrorSummary errors={[...errors]} locale="en" focusOnMount={false} />);
    expect(screen.getByRole('alert')).toHaveAccessibleName('There is a problem');
  });

  it('forwards a callback ref as well as an object ref, and still takes focus', () => {
    const nodes: (HTMLDivElement | null)[] = [];
    const { unmount } = render(
      <ErrorSummary errors={[...errors]} ref={(node) => void nodes.push(node)} />,
    );
    expect(nodes[0]).toBe(screen.getByRole('alert'));
    expect(nodes[0]).toHaveFocus();
    unmount();
    expect(nodes.at(-1)).toBeNull();
    const ref = createRef<HTMLDivElement>();
    render(<ErrorSummary errors={[...errors]} ref={ref} />);
    expect(ref.current).toHaveFocus();
  });
});
