import { afterEach, describe, expect, it, vi } from 'vitest';
import { enhance, focusableElements, focusElement, requireParts, warn } from '../src/core.js';
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

describe('focusElement: the one focus helper (error summary, NotificationBanner, @stadtkern/utils)', () => {
  it('focuses an element that is not focusable by itself, with tabindex="-1" only while it has focus', () => {
    setBody('<div id="banner">Gespeichert</div><button>Weiter</button>');
    const banner = document.getElementById('banner') as HTMLElement;
    expect(focusElement(banner)).toBe(true);
    expect(document.activeElement).toBe(banner);
    expect(banner.getAttribute('tabindex')).toBe('-1');
    (document.querySelector('button') as HTMLButtonElement).focus();
    expect(banner.hasAttribute('tabindex')).toBe(false);
  });

  it('leaves a tabindex of the element’s own and a focusable element as they are', () => {
    setBody('<div id="own" tabindex="-1">A</div><input id="field">');
    const own = document.getElementById('own') as HTMLElement;
    const field = document.getElementById('field') as HTMLElement;
    focusElement(own);
    focusElement(field);
    expect(own.getAttribute('tabindex')).toBe('-1');
    expect(field.hasAttribute('tabindex')).toBe(false);
    expect(document.activeElement).toBe(field);
  });

  it('passes the focus options on, and says false for no element', () => {
    setBody('<input id="field">');
    const field = document.getElementById('field') as HTMLElement;
    const focus = vi.spyOn(field, 'focus');
    focusElement(field, { preventScroll: true });
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
    expect(focusElement(null)).toBe(false);
  });
});

describe('focusableElements: the one list of what Tab reaches', () => {
  it('lists links, enabled controls, summaries, frames, editable content and tabindex ≥ 0, in order', () => {
    setBody(`
      <a href="/a">A</a><a>no href</a><button disabled>B</button><input type="hidden"><input aria-label="C">
      <div hidden><button>D</button></div><div inert><button>E</button></div><span tabindex="0">F</span>
      <span tabindex="-1">G</span><div contenteditable="true">H</div><div contenteditable="false">I</div>
      <details><summary>J</summary></details><select aria-label="K"></select><textarea aria-label="L"></textarea>`);
    const names = focusableElements(document.body).map(
      (element) => element.textContent || element.getAttribute('aria-label'),
    );
    expect(names).toEqual(['A', 'C', 'F', 'H', 'J', 'K', 'L']);
    expect(focusableElements(null)).toEqual([]);
  });
});

describe('enhance: once per element, also with two copies of the package on one page', () => {
  it('a second copy (the prebuilt file next to a bundled one) does not enhance an element again', async () => {
    const first = await import('../src/core.js');
    // The query makes a second module instance: another copy of the package, with its own module state.
    const copy = '../src/core.ts?second-copy';
    const second = (await import(/* @vite-ignore */ copy)) as typeof first;
    expect(second.enhance).not.toBe(first.enhance);
    setBody('<div class="x"></div>');
    const enhanced = vi.fn(() => true);
    const behaviour = { name: 'test-copies', selector: '.x', enhance: enhanced };
    first.startWith([behaviour])();
    second.startWith([behaviour])();
    second.enhance(document.querySelector('.x') as Element, behaviour);
    expect(enhanced).toHaveBeenCalledOnce();
  });

  it('an element whose markup was incomplete is tried again', () => {
    setBody('<div class="x"></div>');
    const enhanced = vi.fn().mockReturnValueOnce(false).mockReturnValue(true);
    const behaviour = { name: 'test-retry', selector: '.x', enhance: enhanced };
    const element = document.querySelector('.x') as Element;
    for (let i = 0; i < 3; i++) enhance(element, behaviour);
    expect(enhanced).toHaveBeenCalledTimes(2);
  });
});
