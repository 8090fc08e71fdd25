import { elementForFragment, warn } from './core.js';
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
  return panel instanceof HTMLElement &&
    panel.classList.contains('sk-tabs__panel') &&
    root.contains(panel)
    ? panel
    : undefined;
}

/** The pair whose panel is, or holds, the URL fragment's target. */
function pairForFragment(pairs: readonly Pair[], root: Element): Pair | undefined {
  const target = elementForFragment(
    root.ownerDocument,
    root.ownerDocument.defaultView?.location.hash ?? '',
  );
  return target ? pairs.find(({ panel }) => panel.contains(target)) : undefined;
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
    const list = root.querySelector('ul.sk-tabs__list');
    if (!list)
      return process.env.NODE_ENV !== 'production' && warn('tabs', root, 'no ul.sk-tabs__list');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a.sk-tabs__tab')];
    if (!links.length)
      return process.env.NODE_ENV !== 'production' && warn('tabs', root, 'no a.sk-tabs__tab');
    const missing = links.find((link) => !panelOf(root, link));
    if (missing)
      return (
        process.env.NODE_ENV !== 'production' &&
        warn(
          'tabs',
          root,
          `the tab „${missing.textContent.trim()}“ points to no .sk-tabs__panel in this component (href="${missing.getAttribute('href') ?? ''}")`,
        )
      );
    const pairs: Pair[] = links.map((tab) => ({ tab, panel: panelOf(root, tab) as HTMLElement }));

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
    const select = (pair: Pair, user: boolean): void => {
      const changed = pair !== selected;
      selected = pair;
      for (const { tab, panel } of pairs) {
        const on = tab === pair.tab;
        tab.setAttribute('aria-selected', String(on));
        tab.tabIndex = on ? 0 : -1;
        panel.hidden = !on;
      }
      if (user && changed)
        root.dispatchEvent(
          new CustomEvent(TABS_SELECT_EVENT, { bubbles: true, detail: { id: pair.panel.id } }),
        );
    };
    const named = root.getAttribute('data-sk-selected');
    select(
      pairForFragment(pairs, root) ??
        pairs.find(({ panel }) => panel.id === named) ??
        (pairs[0] as Pair),
      false,
    );

    list.addEventListener('click', (event) => {
      const pair = pairs.find(
        ({ tab }) => event.target instanceof Node && tab.contains(event.target),
      );
      if (!pair) return;
      event.preventDefault(); // select in place instead of jumping to the section
      select(pair, true);
      pair.tab.focus();
    });
    list.addEventListener('keydown', (event) => {
      if (!(event instanceof KeyboardEvent)) return;
      const index = pairs.findIndex(({ tab }) => tab === event.target);
      if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
      const last = pairs.length - 1;
      const next =
        event.key === 'ArrowRight'
          ? index === last
            ? 0
            : index + 1
          : event.key === 'ArrowLeft'
            ? index === 0
              ? last
              : index - 1
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? last
                : event.key === ' '
                  ? index
                  : undefined;
      if (next === undefined) return;
      event.preventDefault();
      const pair = pairs[next] as Pair;
      select(pair, true);
      pair.tab.focus();
    });
    root.ownerDocument.defaultView?.addEventListener('hashchange', () => {
      const pair = pairForFragment(pairs, root);
      if (pair) select(pair, true);
    });
    return true;
  },
};
