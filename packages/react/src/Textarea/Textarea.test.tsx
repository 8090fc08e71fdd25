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

describe('Textarea', () => {
  it('tells the limit through aria-describedby', () => {
    render(<Textarea aria-label="Anliegen" maxCharacters={200} />);
    const textarea = screen.getByRole('textbox', { name: 'Anliegen' });
    const id = textarea.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(id)?.textContent).toBe(
      'Sie können bis zu 200 Zeichen eingeben.',
    );
  });

  it('counts while typing and announces politely once typing pauses', async () => {
    const user = userEvent.setup();
    const { container } = render(<Textarea aria-label="Anliegen" maxCharacters={10} />);
    await user.click(screen.getByRole('textbox'));
    await user.keyboard('Hallo');
    expect(container.querySelector('.sk-textarea__counter')?.textContent).toBe('Noch 5 Zeichen');
    const live = container.querySelector('[aria-live="polite"]');
    // Nothing is announced while typing …
    expect(live?.textContent).toBe('');
    // … and the count once typing has paused for a second.
    await waitFor(
      () => {
        expect(live?.textContent).toBe('Noch 5 Zeichen');
      },
      { timeout: 2500 },
    );
    await user.keyboard(' Welt!!');
    expect(container.querySelector('.sk-textarea__counter')?.textContent).toBe('2 Zeichen zu viel');
    expect(container.firstElementChild?.className).toBe('sk-textarea sk-textarea--over-limit');
  });

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
    expect(container.querySelector('.sk-textarea__counter')?.textContent).toBe(
      '1 character remaining',
    );
    rerender(<Textarea aria-label="x" />);
    expect(container.querySelector('.sk-textarea__counter')).toBeNull();
  });
});
