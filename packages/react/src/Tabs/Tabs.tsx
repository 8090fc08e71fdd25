'use client';
import { TABS_SELECT_EVENT, tabs } from '@stadtkern/web/tabs';
import { forwardRef, useEffect, useRef } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import { devWarning, hasTextContent } from '../internal/dev.js';
import { useBehaviour } from '../internal/useBehaviour.js';
import { useMergedRefs } from '../internal/useMergedRefs.js';

export type TabsItem = {
  /** Id of the panel; the tab links to `#<id>`, so the URL fragment can select it. */
  id: string;
  /** The tab's text, also the panel's heading. */
  label: ReactNode;
  /** The panel's content (after its heading). */
  content: ReactNode;
};

export type TabsProps = Omit<HTMLAttributes<HTMLDivElement>, 'onSelect'> & {
  /** The tabs and their panels, in order. */
  items: TabsItem[];
  /** Accessible name of the tab list (and of the table of contents without JavaScript). */
  label: string;
  /**
   * Level of the panel headings, to fit the page's outline.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Id of the panel selected first (a URL fragment pointing into a panel wins).
   * @default the first item
   */
  defaultSelected?: string;
  /** Called with the panel's id when the user selects another tab. */
  onSelect?: (id: string) => void;
};

/**
 * Panels shown one at a time under a row of tabs (WAI-ARIA tabs: arrow keys, Home/End, one Tab stop).
 * The server renders — and pages without JavaScript show — a table of contents linking to every panel,
 * each with its heading; the tabs behaviour of `@stadtkern/web` turns it into tabs after mount.
 */
export const Tabs = forwardRef<HTMLDivElement, TabsProps>(function Tabs(
  { items, label, headingLevel = 2, defaultSelected, onSelect, className, ...rest },
  ref,
) {
  const root = useRef<HTMLDivElement>(null);
  const mergedRef = useMergedRefs(ref, root);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const Heading = `h${String(headingLevel)}` as 'h2';
  if (process.env.NODE_ENV !== 'production') {
    if (!label.trim()) devWarning('Tabs: pass a label; the tab list needs an accessible name.');
    for (const item of items)
      if (!hasTextContent(item.label))
        devWarning(
          `Tabs: the tab for panel "${item.id}" has no text; it would have no accessible name.`,
        );
  }
  useBehaviour(root, tabs);
  useEffect(() => {
    const element = root.current;
    if (!element) return undefined;
    const listener = (event: Event): void => {
      onSelectRef.current?.((event as CustomEvent<{ id: string }>).detail.id);
    };
    element.addEventListener(TABS_SELECT_EVENT, listener);
    return () => {
      element.removeEventListener(TABS_SELECT_EVENT, listener);
    };
  }, []);
  return (
    <div
      ref={mergedRef}
      className={cx('sk-tabs', className)}
      data-sk-selected={defaultSelected}
      {...rest}
    >
      <ul className="sk-tabs__list" aria-label={label}>
        {items.map((item) => (
          <li key={item.id} className="sk-tabs__item">
            <a className="sk-tabs__tab" href={`#${item.id}`}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
      {items.map((item) => (
        <section key={item.id} id={item.id} className="sk-tabs__panel">
          <Heading className="sk-tabs__heading">{item.label}</Heading>
          {item.content}
        </section>
      ))}
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') Tabs.displayName = 'Tabs';
