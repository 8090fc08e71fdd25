import { afterEach, describe, expect, it, vi } from 'vitest';
import { accordion, accordionTexts } from '../src/accordion.js';
import { enhance } from '../src/core.js';
import { start } from '../src/index.js';
import { flush, setBody } from './helpers.js';

/** The markup `Accordion` in @stadtkern/react renders and the CSS docs show. */
const sections = (attributes = '') => `
  <div class="sk-accordion"${attributes}>
    <button type="button" class="sk-accordion__toggle-all" hidden>Alle öffnen</button>
    <details class="sk-accordion__section" id="unterlagen">
      <summary class="sk-accordion__summary"><h3 class="sk-accordion__heading">Welche Unterlagen brauche ich?</h3></summary>
      <div class="sk-accordion__content"><p id="ausweis">Personalausweis und Fahrzeugschein.</p></div>
    </details>
    <details class="sk-accordion__section" id="kosten">
      <summary class="sk-accordion__summary"><h3 class="sk-accordion__heading">Was kostet der Ausweis?</h3></summary>
      <div class="sk-accordion__content"><p>30 Euro im Jahr.</p></div>
    </details>
  </div>`;

let stop: () => void = () => undefined;
afterEach(() => {
  stop();
  vi.restoreAllMocks();
  setBody('');
  history.replaceState(null, '', '#');
});

const toggle = () => document.querySelector('button') as HTMLButtonElement;
const details = () => [...document.querySelectorAll('details')];
const toggled = () => Promise.all(details().map(() => flush()));

describe('Accordion behaviour', () => {
  it('shows the „Alle öffnen“ button only once enhanced', () => {
    setBody(sections());
    expect(toggle().hidden).toBe(true);
    stop = start();
    expect(toggle().hidden).toBe(false);
    expect(toggle().textContent).toBe('Alle öffnen');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
  });

  it('opens all sections, then closes all, and says what it will do next', () => {
    setBody(sections());
    stop = start();
    toggle().click();
    expect(details().map((d) => d.open)).toEqual([true, true]);
    expect(toggle().textContent).toBe('Alle schließen');
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    toggle().click();
    expect(details().map((d) => d.open)).toEqual([false, false]);
    expect(toggle().textContent).toBe('Alle öffnen');
  });

  it('follows sections opened one by one', async () => {
    setBody(sections());
    stop = start();
    for (const section of details()) {
      section.open = true;
      section.dispatchEvent(new Event('toggle'));
    }
    await toggled();
    expect(toggle().textContent).toBe('Alle schließen');
  });

  it('opens the section holding the URL fragment on enhance and on hashchange', () => {
    history.replaceState(null, '', '#ausweis');
    setBody(sections());
    stop = start();
    expect(details().map((d) => d.open)).toEqual([true, false]);
    location.hash = '#kosten';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(details().map((d) => d.open)).toEqual([true, true]);
    expect(toggle().textContent).toBe('Alle schließen');
  });

  it('scrolls the section opened by the fragment into view', () => {
    const scroll = vi
      .spyOn(HTMLElement.prototype, 'scrollIntoView')
      .mockImplementation(() => undefined);
    history.replaceState(null, '', '#kosten');
    setBody(sections());
    stop = start();
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(scroll.mock.contexts[0]).toBe(details()[1]);
  });

  it('counts sections added after enhancing', async () => {
    setBody(sections());
    stop = start();
    toggle().click();
    expect(toggle().textContent).toBe('Alle schließen');
    document
      .querySelector('.sk-accordion')
      ?.insertAdjacentHTML(
        'beforeend',
        '<details class="sk-accordion__section"><summary>Neu</summary><p>Neu</p></details>',
      );
    const added = details()[2] as HTMLDetailsElement;
    added.dispatchEvent(new Event('toggle'));
    await flush();
    expect(toggle().textContent).toBe('Alle öffnen');
    toggle().click();
    expect(added.open).toBe(true);
  });

  it('leaves the sections of a nested accordion to that accordion', () => {
    setBody(sections());
    const inner = document.querySelector('.sk-accordion__content') as Element;
    inner.insertAdjacentHTML('beforeend', sections(' id="inner"'));
    stop = start();
    const outer = document.querySelector('button') as HTMLButtonElement;
    outer.click();
    expect(details().map((d) => d.open)).toEqual([true, false, false, true]);
    expect(document.querySelector('#inner > button')?.textContent).toBe('Alle öffnen');
  });

  it('ignores fragments outside the accordion and malformed ones', () => {
    history.replaceState(null, '', '#%E0%A4%A');
    setBody(`<p id="woanders">x</p>${sections()}`);
    stop = start();
    location.hash = '#woanders';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(details().map((d) => d.open)).toEqual([false, false]);
  });

  it('speaks English under lang="en" or data-sk-locale="en"', () => {
    setBody(sections(' data-sk-locale="en"'));
    stop = start();
    expect(toggle().textContent).toBe(accordionTexts.en.openAll);
    toggle().click();
    expect(toggle().textContent).toBe('Close all');
  });

  it('enhancing twice changes nothing (one click listener)', () => {
    setBody(sections());
    const root = document.querySelector('.sk-accordion') as Element;
    enhance(root, accordion);
    enhance(root, accordion);
    stop = start();
    toggle().click();
    expect(details().map((d) => d.open)).toEqual([true, true]);
  });

  it('warns about and leaves alone markup without sections, summary or button, never throwing', () => {
    const warnSpy = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    setBody(`
      <div class="sk-accordion" id="a"><button class="sk-accordion__toggle-all" hidden>Alle öffnen</button></div>
      <div class="sk-accordion" id="b"><button class="sk-accordion__toggle-all" hidden>Alle öffnen</button>
        <details class="sk-accordion__section"><div>ohne Summary</div></details></div>
      <div class="sk-accordion" id="c"><details class="sk-accordion__section"><summary>S</summary></details></div>`);
    expect(() => (stop = start())).not.toThrow();
    const problems = warnSpy.mock.calls.map((call) => [String(call[0]), (call[1] as Element).id]);
    expect(problems).toEqual([
      [expect.stringContaining('no details.sk-accordion__section'), 'a'],
      [expect.stringContaining('a section has no <summary>'), 'b'],
      [expect.stringContaining('no button.sk-accordion__toggle-all'), 'c'],
    ]);
    for (const button of document.querySelectorAll('button')) expect(button.hidden).toBe(true);
  });

  it('reaches an accordion inserted later', async () => {
    setBody('<div id="later"></div>');
    stop = start();
    document.getElementById('later')?.insertAdjacentHTML('beforeend', sections());
    await flush();
    expect(toggle().hidden).toBe(false);
  });
});
