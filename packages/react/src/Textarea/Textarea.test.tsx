import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Textarea } from './Textarea.js';

describeBasics('Textarea', {
  component: Textarea,
  rootClass: 'sk-textarea',
  rootTag: 'DIV',
  refTag: 'TEXTAREA',
  render: (extra) => <Textarea aria-label="Anliegen" maxCharacters={100} {...extra} />,
});

describe('Textarea: acceptance criteria (Textarea.mdx)', () => {
  it('Semantik: a native <textarea>; the limit is part of its description', () => {
    render(<Textarea aria-label="Anliegen" maxCharacters={200} />);
    const textarea = screen.getByRole('textbox', { name: 'Anliegen' });
    expect(textarea.tagName).toBe('TEXTAREA');
    expect(textarea).toHaveAccessibleDescription('Sie können bis zu 200 Zeichen eingeben.');
  });

  it('Markup: carries the limit as data-sk-max-characters, the contract @stadtkern/web enhances', () => {
    render(<Textarea aria-label="Anliegen" maxCharacters={200} />);
    expect(screen.getByRole('textbox', { name: 'Anliegen' })).toHaveAttribute(
      'data-sk-max-characters',
      '200',
    );
  });

  it('Screenreader: the remaining characters are announced after a pause in typing, not on every keystroke', async () => {
    const user = userEvent.setup();
    const { container } = render(<Textarea aria-label="Anliegen" maxCharacters={10} />);
    await user.click(screen.getByRole('textbox'));
    await user.keyboard('Hallo');
    expect(container.querySelector('.sk-textarea__counter')).toHaveTextContent(/^Noch 5 Zeichen$/);
    const live = container.querySelector('[aria-live="polite"]');
    // Nothing is announced while typing …
    expect(live).toBeEmptyDOMElement();
    // … and the count once typing has paused for a second.
    await waitFor(
      () => {
        expect(live?.textContent).toBe('Noch 5 Zeichen');
      },
      { timeout: 2500 },
    );
  });

  it('Darstellung: over the limit the counter turns to the error state, with the text „N Zeichen zu viel“', async () => {
    const user = userEvent.setup();
    const { container } = render(<Textarea aria-label="Anliegen" maxCharacters={10} />);
    await user.click(screen.getByRole('textbox'));
    await user.keyboard('Hallo Welt');
    expect(container.firstElementChild).not.toHaveClass('sk-textarea--over-limit');
    await user.keyboard('!!');
    expect(container.querySelector('.sk-textarea__counter')).toHaveTextContent(
      /^2 Zeichen zu viel$/,
    );
    expect(container.firstElementChild).toHaveClass('sk-textarea sk-textarea--over-limit', {
      exact: true,
    });
  });
});

describe('Textarea', () => {
  it('announces after typing and deleting back to the starting length', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <Textarea aria-label="Anliegen" maxCharacters={10} defaultValue="Hallo" />,
    );
    await user.click(screen.getByRole('textbox'));
    await user.keyboard('!{Backspace}');
    const live = container.querySelector('[aria-live="polite"]');
    await waitFor(
      () => {
        expect(live?.textContent).toBe('Noch 5 Zeichen');
      },
      { timeout: 2500 },
    );
  });

  it('counts in English and renders without a counter when no limit is set', () => {
    const { container, rerender } = render(
      <Textarea aria-label="x" maxCharacters={1} locale="en" defaultValue="" />,
    );
    expect(container.querySelector('.sk-textarea__counter')).toHaveTextContent(
      /^1 character remaining$/,
    );
    rerender(<Textarea aria-label="x" />);
    expect(container.querySelector('.sk-textarea__counter')).toBeNull();
  });
});
