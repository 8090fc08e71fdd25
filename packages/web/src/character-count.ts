import { localeOf, requireParts, warn } from './core.js';
import type { Behaviour } from './core.js';

/**
 * The counter texts, once for plain HTML and `Textarea` in `@stadtkern/react` (which renders the first
 * count on the server with them).
 */
export const characterCountTexts = {
  de: {
    left: (n: number) => (n === 1 ? 'Noch 1 Zeichen' : `Noch ${n} Zeichen`),
    over: (n: number) => (n === 1 ? '1 Zeichen zu viel' : `${n} Zeichen zu viel`),
  },
  en: {
    left: (n: number) => (n === 1 ? '1 character remaining' : `${n} characters remaining`),
    over: (n: number) => (n === 1 ? '1 character too many' : `${n} characters too many`),
  },
} as const;

/** How long typing must pause before the count is announced (here and in `Textarea` of `@stadtkern/react`). */
export const ANNOUNCE_DELAY_MS = 1000;

/**
 * `.sk-textarea` with `data-sk-max-characters` on its `.sk-textarea__input`: the visible
 * `.sk-textarea__counter` follows every keystroke, the `[aria-live="polite"]` status announces the count
 * once typing pauses, and the wrapper gets `.sk-textarea--over-limit` past the limit. Typing past the
 * limit stays possible, so nobody loses pasted text. A `.sk-textarea` without a limit is left alone.
 */
export const characterCount: Behaviour = {
  name: 'character-count',
  selector: '.sk-textarea',
  enhance(wrapper) {
    // A textarea without a limit and without a counter is a plain textarea: nothing to do.
    if (!wrapper.querySelector('[data-sk-max-characters],.sk-textarea__counter')) return false;
    const parts = requireParts('character-count', wrapper, [
      'textarea.sk-textarea__input',
      '.sk-textarea__counter',
      ['.sk-textarea__status[aria-live]', '.sk-textarea__status[aria-live="polite"]'],
    ]);
    if (!parts) return false;
    const [input, counter, live] = parts;
    const limit = Number(input.getAttribute('data-sk-max-characters') ?? NaN);
    if (!Number.isInteger(limit) || limit < 0)
      return (
        process.env.NODE_ENV !== 'production' &&
        warn(
          'character-count',
          wrapper,
          `data-sk-max-characters must be a whole number ≥ 0 (got ${JSON.stringify(input.getAttribute('data-sk-max-characters'))})`,
        )
      );
    const texts = characterCountTexts[localeOf(input)];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = (): string => {
      const remaining = limit - input.value.length;
      const message = remaining >= 0 ? texts.left(remaining) : texts.over(-remaining);
      counter.textContent = message;
      wrapper.classList.toggle('sk-textarea--over-limit', remaining < 0);
      return message;
    };
    // The browser may have restored a value (back navigation): show its count, announce nothing yet.
    update();
    input.addEventListener('input', () => {
      const message = update();
      clearTimeout(timer);
      timer = setTimeout(() => {
        live.textContent = message;
      }, ANNOUNCE_DELAY_MS);
    });
    return true;
  },
};
