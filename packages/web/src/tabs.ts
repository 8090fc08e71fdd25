import { elementForFragment, followFragment, warn } from './core.js';
import type { Behaviour } from './core.js';

/** Name of the bubbling event a `.sk-tabs` dispatches when the user selects a tab; `detail.id` is the panel's id. */
export const TABS_SELECT_EVENT = 'sk-tabs-select';

interface Pair {
  tab: HTMLAnchorElement;
  panel: HTMLElement;
}

/** The panel a tab link points to (`href="#<panel id>"`), if it is a `.sk-tabs__panel` of this component. */
function panelOf(root: Element, link: HTMLAnchorElement): HTMLElement | undefined {
  const panel = elementForFragment(root.ownerDocument, link.getAttribute('href') ?? '');
  return panel instanceof HTMLElement && panel.matches('.sk-tabs__panel') && root.contains(panel)
    ? panel
    : undefined;
}

/**
 * `.sk-tabs`: without a script, `ul.sk-tabs__list` is a list of links (`a.sk-tabs__tab href="#<id>"`) to the
 * `.sk-tabs__panel` sections below it, each with its own heading — a table of contents. The behaviour turns
 * it into WAI-ARIA tabs: `tablist`/`tab`/`tabpanel` roles, `aria-selected`, `aria-controls` and
 * `aria-labelledby`, one tab in the Tab order (roving tabindex), Left/Right (wrapping), Home and End with
 * automatic activation, and only the selected panel shown. The first selected tab is the one whose panel
 * holds the URL fragment's target, else the one `data-sk-selected` names on `.sk-tabs`, else the first.
 */
export const tabs: Behaviour = {
  name: 'tabs',
  selector: '.sk-tabs',
  enhance(root) {
    const list = root.querySelector<HTMLUListElement>('ul.sk-tabs__list');
    if (!list)
      return process.env.NODE_ENV !== 'production' && warn('tabs', root, 'no ul.sk-tabs__list');
    const found = [...root.querySelectorAll<HTMLAnchorElement>('a.sk-tabs__tab')].map((tab) => ({
      tab,
      panel: panelOf(root, tab),
    }));
    if (!found.length)
      return process.env.NODE_ENV !== 'production' && warn('tabs', root, 'no a.sk-tabs__tab');
    const missing = found.find(({ panel }) => !panel)?.tab;
    if (missing)
      return (
        process.env.NODE_ENV !== 'production' &&
        warn(
          'tabs',
          root,
          `the tab „${missing.textContent.trim()}“ points to no .sk-tabs__panel in this component (href="${missing.getAttribute('href') ?? ''}")`,
        )
      );
    const pairs = found as Pair[];

    list.setAttribute('role', 'tablist');
    for (const item of list.children) item.setAttribute('role', 'presentation');
    for (const { tab, panel } of pairs) {
      tab.id ||= `${panel.id}-tab`;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', panel.id);
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
    }

    let selected: Pair | undefined;
    /** Selects `pair`; a change the user made (every change after the first) is announced by the event. */
    const select = (pair: Pair | undefined, focus?: boolean): void => {
      if (!pair) return;
      const changed = selected && pair !== selected;
      selected = pair;
      for (const { tab, panel } of pairs) {
        const on = tab === pair.tab;
        tab.setAttribute('aria-selected', String(on));
        tab.tabIndex = on ? 0 : -1;
        panel.hidden = !on;
      }
      if (changed)
        root.dispatchEvent(
          new CustomEvent(TABS_SELECT_EVENT, { bubbles: true, detail: { id: pair.panel.id } }),
        );
      if (focus) pair.tab.focus();
    };
    // The panel that holds the URL fragment's target, now and on every hashchange; else the one
    // data-sk-selected names, else the first.
    followFragment(root, (target) => {
      select(pairs.find(({ panel }) => panel.contains(target)));
    });
    const named = root.getAttribute('data-sk-selected');
    if (!selected) select(pairs.find(({ panel }) => panel.id === named) ?? pairs[0]);

    list.addEventListener('click', (event) => {
      const pair = pairs.find(({ tab }) => tab.contains(event.target as Node));
      if (!pair) return;
      event.preventDefault(); // select in place instead of jumping to the section
      select(pair, true);
    });
    list.addEventListener('keydown', (event) => {
      const index = pairs.findIndex(({ tab }) => tab === event.target);
      const count = pairs.length;
      const next = (
        {
          ArrowRight: index + 1,
          ArrowLeft: index + count - 1,
          Home: 0,
          End: count - 1,
          ' ': index,
        } as Record<string, number | undefined>
      )[event.key];
      if (index < 0 || next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      select(pairs[next % count], true);
    });
    return true;
  },
};
