import { afterEach, describe, expect, it, vi } from 'vitest';
import { enhance } from '../src/core.js';
import { start } from '../src/index.js';
import { TABS_SELECT_EVENT, tabs } from '../src/tabs.js';
import { flush, setBody } from './helpers.js';

/** The markup `Tabs` in @stadtkern/react renders and the CSS docs show. */
const markup = (attributes = '') => `
  <div class="sk-tabs"${attributes}>
    <ul class="sk-tabs__list" aria-label="Bewohnerparkausweis">
      <li class="sk-tabs__item"><a class="sk-tabs__tab" href="#antrag">Antrag</a></li>
      <li class="sk-tabs__item"><a class="sk-tabs__tab" href="#unterlagen">Unterlagen</a></li>
      <li class="sk-tabs__item"><a class="sk-tabs__tab" href="#kosten">Kosten</a></li>
    </ul>
    <section class="sk-tabs__panel" id="antrag"><h2 class="sk-tabs__heading">Antrag</h2><p>Online in 10 Minuten.</p></section>
    <section class="sk-tabs__panel" id="unterlagen"><h2 class="sk-tabs__heading">Unterlagen</h2><p id="schein">Fahrzeugschein.</p></section>
    <section class="sk-tabs__panel" id="kosten"><h2 class="sk-tabs__heading">Kosten</h2><p>30 Euro.</p></section>
  </div>`;

let stop: () => void = () => undefined;
afterEach(() => {
  stop();
  vi.restoreAllMocks();
  setBody('');
  history.replaceState(null, '', '#');
});

const tabList = () => [...document.querySelectorAll('a')];
const panels = () => [...document.querySelectorAll('section')];
const state = () =>
  tabList().map((tab) => [
    tab.getAttribute('aria-selected'),
    tab.tabIndex,
    (document.getElementById(tab.getAttribute('aria-controls') ?? '') as HTMLElement).hidden,
  ]);
const key = (target: Element, name: string) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }),
  );

describe('Tabs behaviour', () => {
  it('leaves a table of contents before enhancing and gives the tab roles and relations after', () => {
    setBody(markup());
    expect(document.querySelector('[role]')).toBeNull();
    stop = start();
    expect(document.querySelector('ul')?.getAttribute('role')).toBe('tablist');
    expect([...document.querySelectorAll('li')].map((li) => li.getAttribute('role'))).toEqual([
      'presentation',
      'presentation',
      'presentation',
    ]);
    for (const [index, tab] of tabList().entries()) {
      const panel = panels()[index] as HTMLElement;
      expect(tab.getAttribute('role')).toBe('tab');
      expect(tab.id).toBe(`${panel.id}-tab`);
      expect(tab.getAttribute('aria-controls')).toBe(panel.id);
      expect(panel.getAttribute('role')).toBe('tabpanel');
      expect(panel.getAttribute('aria-labelledby')).toBe(tab.id);
      expect(panel.tabIndex).toBe(0);
    }
    expect(state()).toEqual([
      ['true', 0, false],
      ['false', -1, true],
      ['false', -1, true],
    ]);
  });

  it('moves with ArrowRight/ArrowLeft (wrapping), Home and End, selecting as it goes', () => {
    setBody(markup());
    stop = start();
    const [first, second, third] = tabList();
    if (!first || !second || !third) throw new Error('three tabs expected');
    key(first, 'ArrowRight');
    expect(document.activeElement).toBe(second);
    expect(state()[1]).toEqual(['true', 0, false]);
    key(second, 'ArrowLeft');
    key(first, 'ArrowLeft');
    expect(document.activeElement).toBe(third);
    key(third, 'ArrowRight');
    expect(document.activeElement).toBe(first);
    key(first, 'End');
    expect(document.activeElement).toBe(third);
    key(third, 'Home');
    expect(document.activeElement).toBe(first);
    expect(state()[0]).toEqual(['true', 0, false]);
  });

  it('selects on click without following the link, and tells listeners once per change', () => {
    setBody(markup());
    stop = start();
    const selected = vi.fn();
    document.addEventListener(TABS_SELECT_EVENT, (event) => {
      selected((event as CustomEvent<{ id: string }>).detail.id);
    });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    tabList()[2]?.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(state()[2]).toEqual(['true', 0, false]);
    tabList()[2]?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(selected.mock.calls).toEqual([['kosten']]);
  });

  it('starts on the tab the URL fragment points into, else the one data-sk-selected names', () => {
    history.replaceState(null, '', '#schein');
    setBody(markup(' data-sk-selected="kosten"'));
    stop = start();
    expect(state().map(([selected]) => selected)).toEqual(['false', 'true', 'false']);
    setBody('');
    history.replaceState(null, '', '#');
    setBody(markup(' data-sk-selected="kosten"'));
    stop();
    stop = start();
    expect(state().map(([selected]) => selected)).toEqual(['false', 'false', 'true']);
  });

  it('enhancing twice changes nothing (one key listener)', () => {
    setBody(markup());
    const root = document.querySelector('.sk-tabs') as Element;
    enhance(root, tabs);
    enhance(root, tabs);
    key(tabList()[0] as Element, 'ArrowRight');
    expect(document.activeElement).toBe(tabList()[1]);
  });

  it('warns about a tab without panel and leaves the whole component as it is, never throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    setBody(markup().replace('href="#kosten"', 'href="#gibt-es-nicht"'));
    expect(() => (stop = start())).not.toThrow();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('the tab „Kosten“ points to no .sk-tabs__panel'),
      document.querySelector('.sk-tabs'),
    );
    expect(document.querySelector('[role]')).toBeNull();
    expect(panels().every((panel) => !panel.hidden)).toBe(true);
  });

  it('reaches tabs inserted later', async () => {
    setBody('<div id="later"></div>');
    stop = start();
    document.getElementById('later')?.insertAdjacentHTML('beforeend', markup());
    await flush();
    expect(document.querySelector('ul')?.getAttribute('role')).toBe('tablist');
  });
});
