import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { ErrorSummary } from './ErrorSummary.js';
import type { ErrorSummaryItem } from './ErrorSummary.js';

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

  /**
   * A form as a single-page app builds it: no page load on submit, the errors of each submit in state;
   * with `checkOnInput`, checked again on every input after the first submit.
   */
  function Form({ checkOnInput = false }: { checkOnInput?: boolean }) {
    const [values, setValues] = useState({ nachname: '', plz: '' });
    const [shown, setShown] = useState<ErrorSummaryItem[] | null>(null);
    const check = (next: typeof values) =>
      errors.filter(({ href }) => next[href.slice(1) as keyof typeof values].length < 5);
    const field = (id: keyof typeof values) => (
      <input
        id={id}
        value={values[id]}
        onChange={(event) => {
          const next = { ...values, [id]: event.target.value };
          setValues(next);
          if (checkOnInput && shown) setShown(check(next));
        }}
      />
    );
    return (
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setShown(check(values));
        }}
      >
        {shown?.length ? <ErrorSummary errors={shown} /> : null}
        <label htmlFor="nachname">Nachname</label>
        {field('nachname')}
        <label htmlFor="plz">Postleitzahl</label>
        {field('plz')}
        <button type="submit">Weiter</button>
      </form>
    );
  }

  it('Fokus: takes focus again when its errors change after another failed submit (no page load)', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    expect(screen.getByRole('alert')).toHaveFocus();
    await user.type(screen.getByLabelText('Nachname'), 'Meier');
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    await waitFor(() => {
      expect(screen.getByRole('alert')).toHaveFocus();
    });
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
      errors[1].message,
    ]);
  });

  it('Fokus: errors checked while the user types change the summary, focus stays in the field', async () => {
    const user = userEvent.setup();
    render(<Form checkOnInput />);
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    await user.type(screen.getByLabelText('Nachname'), 'Meier');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByLabelText('Nachname')).toHaveFocus();
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
