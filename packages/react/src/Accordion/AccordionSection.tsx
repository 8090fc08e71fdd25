import { forwardRef } from 'react';
import type { DetailsHTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import { devWarning, hasTextContent } from '../internal/dev.js';

/** Heading levels of accordion sections: below the page's `<h1>`. */
export type AccordionHeadingLevel = 2 | 3 | 4 | 5 | 6;

export type AccordionSectionProps = Omit<
  DetailsHTMLAttributes<HTMLDetailsElement>,
  'title' | 'open'
> & {
  /** The section's heading, shown in its `<summary>`; it names the summary. */
  title: ReactNode;
  /**
   * Id of the section: a link to `#<id>` (or to an element inside the section) opens it.
   * Without one, the section cannot be linked to.
   */
  id?: string;
  /**
   * Open on first render (and without JavaScript).
   * @default false
   */
  defaultOpen?: boolean;
  /**
   * Level of the heading. `Accordion` passes its `headingLevel` to its `AccordionSection` children; set
   * it here only for a section rendered through a component of your own.
   * @default 3
   */
  headingLevel?: AccordionHeadingLevel;
  /** The section's content. */
  children?: ReactNode;
};

/**
 * One section of an `Accordion`: a native `<details>` whose `<summary>` holds the heading, so it opens
 * and closes with mouse, keyboard and screen reader before and without JavaScript. Server-safe (no hooks,
 * no client code).
 */
export const AccordionSection = forwardRef<HTMLDetailsElement, AccordionSectionProps>(
  function AccordionSection(
    { title, defaultOpen = false, headingLevel = 3, className, children, ...rest },
    ref,
  ) {
    const Heading = `h${String(headingLevel)}` as 'h2';
    if (process.env.NODE_ENV !== 'production' && !hasTextContent(title))
      devWarning('AccordionSection has no title text; its summary would have no accessible name.');
    return (
      <details
        ref={ref}
        className={cx('sk-accordion__section', className)}
        open={defaultOpen}
        {...rest}
      >
        <summary className="sk-accordion__summary">
          <Heading className="sk-accordion__heading">{title}</Heading>
        </summary>
        <div className="sk-accordion__content">{children}</div>
      </details>
    );
  },
);
if (process.env.NODE_ENV !== 'production') AccordionSection.displayName = 'AccordionSection';
