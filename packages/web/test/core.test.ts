import { afterEach, describe, expect, it, vi } from 'vitest';
import { requireParts, warn } from '../src/core.js';
import { setBody } from './helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
  setBody('');
});

describe('requireParts: a behaviour checks its markup and types its parts in one step', () => {
  it('returns the parts in the order asked, typed by the tag name of each selector', () => {
    setBody(
      '<div id="root"><textarea class="x"></textarea><p class="counter"></p><span class="live" aria-live="polite"></span></div>',
    );
    const root = document.getElementById('root') as Element;
    const parts = requireParts('test', root, [
      'textarea.x',
      '.counter',
      ['.live[aria-live]', '.live[aria-live="polite"]'],
    ]);
    expect(parts).not.toBe(false);
    if (!parts) return;
    const [input, counter, live] = parts;
    // The types follow the selectors: `value` exists on HTMLTextAreaElement only.
    expect(input.value).toBe('');
    expect(counter.tagName).toBe('P');
    expect(live.getAttribute('aria-live')).toBe('polite');
  });

  it('a missing part: one warning naming the first one missing (as a selector, or as the part names it), and false', () => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    setBody('<div id="root"><p class="counter"></p></div>');
    const root = document.getElementById('root') as Element;
    expect(
      requireParts('test', root, [
        '.counter',
        ['.live[aria-live]', '.live[aria-live="polite"]'],
        'textarea',
      ]),
    ).toBe(false);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith(
      '@stadtkern/web (test): no .live[aria-live="polite"] — left as it is.',
      root,
    );
  });

  it('warn returns false, so enhance can give up in one line', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(warn('test', document.body, 'problem')).toBe(false);
  });
});
