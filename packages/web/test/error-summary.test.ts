import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorSummary } from '../src/error-summary.js';
import { start, startWith } from '../src/index.js';
import { flush, setBody } from './helpers.js';

const SUMMARY = `
  <div class="sk-error-summary" tabindex="-1" role="alert" aria-labelledby="t">
    <h2 id="t" class="sk-error-summary__title">Es gibt ein Problem</h2>
    <ul class="sk-error-summary__list">
      <li><a class="sk-error-summary__link" href="#nachname">Geben Sie Ihren Nachnamen ein.</a></li>
      <li><a class="sk-error-summary__link" href="#tag">Geben Sie den Tag ein.</a></li>
    </ul>
  </div>`;
const FIELDS = `
  <label for="nachname">Nachname</label><input id="nachname">
  <fieldset><legend>Geburtsdatum</legend><label for="tag">Tag</label><input id="tag"></fieldset>`;

let stop: () => void = () => undefined;
beforeEach(() => {
  vi.restoreAllMocks();
});
afterEach(() => {
  stop();
  setBody('');
});

const summary = () => document.querySelector<HTMLElement>('.sk-error-summary');
const link = (name: string) =>
  [...document.querySelectorAll<HTMLAnchorElement>('a')].find((a) => a.textContent === name);

describe('ErrorSummary behaviour', () => {
  it('focuses the summary when the page starts (tabindex="-1" keeps it out of the Tab order)', () => {
    setBody(SUMMARY + FIELDS);
    stop = start();
    expect(document.activeElement).toBe(summary());
    expect(summary()?.getAttribute('tabindex')).toBe('-1');
  });

  it('a click on a link focuses the field and scrolls its label into view', () => {
    setBody(SUMMARY + FIELDS);
    stop = start();
    const label = document.querySelector('label[for="nachname"]') as HTMLElement;
    const scrolled = vi.spyOn(label, 'scrollIntoView');
    link('Geben Sie Ihren Nachnamen ein.')?.click();
    expect(document.activeElement).toBe(document.getElementById('nachname'));
    expect(scrolled).toHaveBeenCalledWith({ block: 'start' });
  });

  it('a field in a fieldset: its legend is scrolled into view', () => {
    setBody(SUMMARY + FIELDS);
    stop = start();
    const legend = document.querySelector('legend') as HTMLElement;
    const scrolled = vi.spyOn(legend, 'scrollIntoView');
    link('Geben Sie den Tag ein.')?.click();
    expect(document.activeElement).toBe(document.getElementById('tag'));
    expect(scrolled).toHaveBeenCalled();
  });

  it('is idempotent: starting twice adds no second click handler', () => {
    setBody(SUMMARY + FIELDS);
    stop = start();
    const stopSecond = start();
    const focus = vi.spyOn(document.getElementById('nachname') as HTMLElement, 'focus');
    link('Geben Sie Ihren Nachnamen ein.')?.click();
    expect(focus).toHaveBeenCalledTimes(1);
    stopSecond();
  });

  it('enhances a summary inserted later (Vue, htmx) without another call', async () => {
    setBody(`<form id="f">${FIELDS}</form>`);
    stop = start();
    document.getElementById('f')?.insertAdjacentHTML('afterbegin', SUMMARY);
    await flush();
    expect(document.activeElement).toBe(summary());
    link('Geben Sie den Tag ein.')?.click();
    expect(document.activeElement).toBe(document.getElementById('tag'));
  });

  it('a link with a malformed fragment does nothing and throws nothing (the click handler never throws)', () => {
    setBody(SUMMARY.replace('href="#tag"', 'href="#%E0%A4%A"') + FIELDS);
    stop = start();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onError = vi.fn();
    window.addEventListener('error', onError);
    link('Geben Sie den Tag ein.')?.click();
    window.removeEventListener('error', onError);
    expect(onError).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(summary());
  });

  it('a link to a percent-encoded id focuses that field', () => {
    setBody(
      SUMMARY.replace('href="#tag"', 'href="#stra%C3%9Fe"') +
        '<label for="straße">Straße</label><input id="straße">',
    );
    stop = start();
    link('Geben Sie den Tag ein.')?.click();
    expect(document.activeElement).toBe(document.getElementById('straße'));
  });

  it('a summary without a tabindex of its own has tabindex="-1" only while it has focus, so it is no Tab stop', () => {
    setBody(SUMMARY.replace(' tabindex="-1"', '') + FIELDS);
    stop = start();
    expect(document.activeElement).toBe(summary());
    expect(summary()?.getAttribute('tabindex')).toBe('-1');
    link('Geben Sie Ihren Nachnamen ein.')?.click();
    expect(document.activeElement).toBe(document.getElementById('nachname'));
    expect(summary()?.hasAttribute('tabindex')).toBe(false);
  });

  it('data-sk-autofocus="false" keeps focus where it is', () => {
    setBody(SUMMARY.replace('role="alert"', 'role="alert" data-sk-autofocus="false"') + FIELDS);
    stop = start();
    expect(document.activeElement).toBe(document.body);
  });

  it('bad markup: a summary without links is left as it is, with a warning naming it; others still work', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    setBody(
      `<div class="sk-error-summary" id="empty"><h2>Es gibt ein Problem</h2></div>` +
        `<div class="sk-textarea"><textarea class="sk-textarea__input" data-sk-max-characters="5"></textarea>` +
        `<p class="sk-textarea__counter" aria-hidden="true"></p><span class="sk-textarea__status" aria-live="polite"></span></div>`,
    );
    const empty = document.getElementById('empty') as HTMLElement;
    expect(() => (stop = start())).not.toThrow();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('no a.sk-error-summary__link'),
      empty,
    );
    expect(empty.hasAttribute('tabindex')).toBe(false);
    expect(document.activeElement).toBe(document.body);
    expect(document.querySelector('.sk-textarea__counter')?.textContent).toBe('Noch 5 Zeichen');
  });

  it('startWith([errorSummary]) enhances only the error summary (one module per behaviour)', () => {
    setBody(
      SUMMARY +
        `<div class="sk-textarea"><textarea class="sk-textarea__input" data-sk-max-characters="5">abc</textarea>` +
        `<p class="sk-textarea__counter" aria-hidden="true">Noch 5 Zeichen</p><span class="sk-textarea__status" aria-live="polite"></span></div>`,
    );
    stop = startWith([errorSummary]);
    expect(document.activeElement).toBe(summary());
    expect(document.querySelector('.sk-textarea__counter')?.textContent).toBe('Noch 5 Zeichen');
  });
});

describe('ErrorSummary behaviour: focus again after another failed submit (single-page apps)', () => {
  // A single-page app (Vue, React) keeps the page: it prevents the navigation and renders the new errors
  // into the summary that is already there, so no page load moves focus.
  const FORM = `<form id="f" novalidate>${SUMMARY}${FIELDS}<button type="submit">Weiter</button></form>`;
  const form = () => document.getElementById('f') as HTMLFormElement;
  const button = () => document.querySelector('button') as HTMLButtonElement;
  const field = () => document.getElementById('nachname') as HTMLInputElement;
  /** The user submits with the button: focus is on it, and the app prevents the navigation. */
  const submit = () => {
    button().focus();
    form().addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
      },
      { once: true },
    );
    form().requestSubmit(button());
  };
  /** The user types into the surname field. */
  const type = () => {
    field().focus();
    field().value += 'a';
    field().dispatchEvent(new Event('input', { bubbles: true }));
  };
  /** What a keyed re-render does when the first error is fixed: its list item goes. */
  const firstErrorFixed = () => document.querySelector('.sk-error-summary__list li')?.remove();

  it('the summary takes focus again when its errors change after the submit', async () => {
    setBody(FORM);
    stop = start();
    type();
    submit();
    firstErrorFixed();
    await flush();
    expect(document.activeElement).toBe(summary());
  });

  it('a changed message text counts too (an unkeyed list re-rendered in place)', async () => {
    setBody(FORM);
    stop = start();
    submit();
    const text = link('Geben Sie den Tag ein.')?.firstChild as Text;
    text.data = 'Der Tag muss zwischen 1 und 31 liegen.';
    await flush();
    expect(document.activeElement).toBe(summary());
  });

  it('errors that change while the user types (checked on input) leave focus in the field (WCAG 3.2.2)', async () => {
    setBody(FORM);
    stop = start();
    submit();
    type();
    firstErrorFixed();
    await flush();
    expect(document.activeElement).toBe(field());
  });

  it('once per submit: a later change before the next submit does not take focus again', async () => {
    setBody(FORM);
    stop = start();
    submit();
    firstErrorFixed();
    await flush();
    button().focus();
    firstErrorFixed();
    await flush();
    expect(document.activeElement).toBe(button());
  });

  it('data-sk-autofocus="false" keeps focus on the button after the submit too', async () => {
    setBody(FORM.replace('role="alert"', 'role="alert" data-sk-autofocus="false"'));
    stop = start();
    submit();
    firstErrorFixed();
    await flush();
    expect(document.activeElement).toBe(button());
  });
});
