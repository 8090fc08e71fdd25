import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_DELAY_MS } from '../src/character-count.js';
import { start } from '../src/index.js';
import { flush, setBody } from './helpers.js';

/** The markup `Textarea` in @stadtkern/react renders, plus the limit as a data attribute. */
const textarea = (limit: string, value = '', lang = '') => `
  <div class="sk-textarea"${lang ? ` lang="${lang}"` : ''}>
    <textarea class="sk-textarea__input" aria-label="Ihr Anliegen" aria-describedby="l" data-sk-max-characters="${limit}">${value}</textarea>
    <span id="l" class="sk-textarea__status">Sie können bis zu ${limit} Zeichen eingeben.</span>
    <p class="sk-textarea__counter" aria-hidden="true">Noch ${limit} Zeichen</p>
    <span class="sk-textarea__status" aria-live="polite"></span>
  </div>`;

let stop: () => void = () => undefined;
afterEach(() => {
  stop();
  vi.useRealTimers();
  vi.restoreAllMocks();
  setBody('');
});

const input = () => document.querySelector('textarea') as HTMLTextAreaElement;
const counter = () => document.querySelector('.sk-textarea__counter')?.textContent;
const live = () => document.querySelector('[aria-live="polite"]')?.textContent;
const wrapper = () => document.querySelector('.sk-textarea') as HTMLElement;
function type(text: string) {
  input().value += text;
  input().dispatchEvent(new Event('input', { bubbles: true }));
}

describe('Textarea character count behaviour', () => {
  it('the visible counter follows every keystroke', () => {
    setBody(textarea('10'));
    stop = start();
    type('Hallo');
    expect(counter()).toBe('Noch 5 Zeichen');
    type('Welt');
    expect(counter()).toBe('Noch 1 Zeichen');
  });

  it('announces the count politely once typing has paused for a second, not on every keystroke', () => {
    vi.useFakeTimers();
    setBody(textarea('10'));
    stop = start();
    expect(live()).toBe('');
    type('Hal');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS - 1);
    type('lo');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS - 1);
    expect(live()).toBe('');
    vi.advanceTimersByTime(1);
    expect(live()).toBe('Noch 5 Zeichen');
  });

  it('over the limit: „N Zeichen zu viel“ and the --over-limit state, back under it: normal again', () => {
    setBody(textarea('10'));
    stop = start();
    type('Hallo Welt');
    expect(wrapper().classList.contains('sk-textarea--over-limit')).toBe(false);
    type('!!');
    expect(counter()).toBe('2 Zeichen zu viel');
    expect(wrapper().className).toBe('sk-textarea sk-textarea--over-limit');
    input().value = 'Hallo';
    input().dispatchEvent(new Event('input'));
    expect(wrapper().className).toBe('sk-textarea');
  });

  it('counts a value already in the field (restored by the browser) when it starts', () => {
    setBody(textarea('3', 'Hallo'));
    stop = start();
    expect(counter()).toBe('2 Zeichen zu viel');
    expect(live()).toBe('');
  });

  it('English when lang="en" is on the element or an ancestor, or data-sk-locale="en"', () => {
    setBody(`<div lang="en-GB">${textarea('1')}</div>${textarea('2', '', 'en')}`);
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div lang="de" data-sk-locale="en">${textarea('3')}</div>`,
    );
    stop = start();
    const counters = [...document.querySelectorAll('.sk-textarea__counter')].map(
      (c) => c.textContent,
    );
    expect(counters).toEqual([
      '1 character remaining',
      '2 characters remaining',
      '3 characters remaining',
    ]);
  });

  it('is idempotent: starting twice counts and announces once', () => {
    vi.useFakeTimers();
    setBody(textarea('10'));
    stop = start();
    const stopSecond = start();
    const liveRegion = document.querySelector('[aria-live="polite"]') as HTMLElement;
    const writes: string[] = [];
    new MutationObserver(() => writes.push(liveRegion.textContent)).observe(liveRegion, {
      childList: true,
    });
    type('Hi');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    stopSecond();
    return Promise.resolve().then(() => {
      expect(writes).toEqual(['Noch 8 Zeichen']);
    });
  });

  it('enhances a textarea inserted later (Vue, htmx) without another call', async () => {
    setBody('<main></main>');
    stop = start();
    document.querySelector('main')?.insertAdjacentHTML('beforeend', textarea('10'));
    await flush();
    type('abc');
    expect(counter()).toBe('Noch 7 Zeichen');
  });

  it('a textarea without a limit and counter is left alone, silently', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    setBody('<div class="sk-textarea"><textarea class="sk-textarea__input"></textarea></div>');
    stop = start();
    expect(warn).not.toHaveBeenCalled();
    expect(document.querySelector('.sk-textarea')?.children).toHaveLength(1);
  });

  it.each([
    [
      'a limit but no counter',
      '<textarea class="sk-textarea__input" data-sk-max-characters="5"></textarea><span class="sk-textarea__status" aria-live="polite"></span>',
      'no .sk-textarea__counter',
    ],
    [
      'a counter but no limit',
      '<textarea class="sk-textarea__input"></textarea><p class="sk-textarea__counter">x</p><span class="sk-textarea__status" aria-live="polite"></span>',
      'data-sk-max-characters must be a whole number',
    ],
    [
      'a limit that is not a number',
      '<textarea class="sk-textarea__input" data-sk-max-characters="viele"></textarea><p class="sk-textarea__counter">x</p><span class="sk-textarea__status" aria-live="polite"></span>',
      'data-sk-max-characters must be a whole number ≥ 0 (got "viele")',
    ],
    [
      'no live region',
      '<textarea class="sk-textarea__input" data-sk-max-characters="5"></textarea><p class="sk-textarea__counter">x</p>',
      'no .sk-textarea__status[aria-live="polite"]',
    ],
  ])('bad markup (%s): left as it is, with a warning naming the element', (_, inner, problem) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    setBody(`<div class="sk-textarea">${inner}</div>`);
    const before = document.body.innerHTML;
    expect(() => (stop = start())).not.toThrow();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(problem), wrapper());
    type('abc');
    expect(document.body.innerHTML.replace(/abc/, '')).toBe(before);
  });
});
