'use client';
import { accordion, accordionTexts } from '@stadtkern/web/accordion';
import { forwardRef, useId, useRef } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import { devWarning, hasTextContent } from '../internal/dev.js';
import { useBehaviour } from '../internal/useBehaviour.js';
import { useMergedRefs } from '../internal/useMergedRefs.js';
import { textsFor } from '../locale/messages.js';
import type { Locale } from '../locale/messages.js';

export type AccordionItem = {
  /**
   * Id of the section: a link to `#<id>` (or to an element inside the section) opens it.
   * @default generated
   */
  id?: string;
  /** The section's heading, shown in its summary. */
  title: ReactNode;
  /** The section's content. */
  content: ReactNode;
  /**
   * Open on first render.
   * @default false
   */
  defaultOpen?: boolean;
};

export type AccordionProps = HTMLAttributes<HTMLDivElement> & {
  /** The sections, in order. */
  items: AccordionItem[];
  /**
   * Level of the section headings, to fit the page's outline.
   * @default 3
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Language of „Alle öffnen / Alle schließen“.
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * Sections that open and close on their own — native `<details>` with the heading in its `<summary>`, so
 * they work before and without JavaScript. Once the page runs JavaScript, a button „Alle öffnen“ opens
 * or closes all at once, and a link to a section opens it: the accordion behaviour of `@stadtkern/web`.
 */
export const Accordion = forwardRef<HTMLDivElement, AccordionProps>(function Accordion(
  { items, headingLevel = 3, locale, className, ...rest },
  ref,
) {
  const base = useId();
  const root = useRef<HTMLDivElement>(null);
  const mergedRef = useMergedRefs(ref, root);
  const texts = textsFor<Record<'openAll' | 'closeAll', string>>(accordionTexts, locale);
  const Heading = `h${String(headingLevel)}` as 'h2';
  if (process.env.NODE_ENV !== 'production')
    for (const [index, item] of items.entries())
      if (!hasTextContent(item.title))
        devWarning(
          `Accordion: section ${String(index + 1)} has no title text; its summary would have no accessible name.`,
        );
  useBehaviour(root, accordion);
  return (
    <div
      ref={mergedRef}
      className={cx('sk-accordion', className)}
      // Always set, so the behaviour speaks the language rendered here, whatever the page's lang.
      data-sk-locale={locale === 'en' ? 'en' : 'de'}
      {...rest}
    >
      {/* Shown by the behaviour; without JavaScript it has nothing to do. */}
      <button type="button" className="sk-accordion__toggle-all" hidden>
        {texts.openAll}
      </button>
      {items.map((item, index) => (
        <details
          key={item.id ?? index}
          id={item.id ?? `${base}-${String(index)}`}
          className="sk-accordion__section"
          open={item.defaultOpen}
        >
          <summary className="sk-accordion__summary">
            <Heading className="sk-accordion__heading">{item.title}</Heading>
          </summary>
          <div className="sk-accordion__content">{item.content}</div>
        </details>
      ))}
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') Accordion.displayName = 'Accordion';
