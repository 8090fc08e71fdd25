import { Children, cloneElement, forwardRef, isValidElement } from 'react';
import type { HTMLAttributes, ReactElement } from 'react';
import { cx } from '../internal/cx.js';
import { devWarning } from '../internal/dev.js';
import type { Locale } from '../locale/messages.js';
import { AccordionSection } from './AccordionSection.js';
import type { AccordionHeadingLevel, AccordionSectionProps } from './AccordionSection.js';
import { AccordionToggleAll } from './AccordionToggleAll.js';

export type AccordionProps = HTMLAttributes<HTMLDivElement> & {
  /**
   * Level of the section headings, to fit the page's outline; given to every `AccordionSection` child
   * that sets none itself.
   * @default 3
   */
  headingLevel?: AccordionHeadingLevel;
  /**
   * Language of „Alle öffnen / Alle schließen“. Rendered as `data-sk-locale` on the root, so the
   * behaviour speaks the same language whatever the page's `lang`.
   * @default 'de'
   */
  locale?: Locale;
};

const isSection = (child: unknown): child is ReactElement<AccordionSectionProps> =>
  isValidElement(child) && child.type === AccordionSection;

/**
 * Sections that open and close on their own (`AccordionSection` children): native `<details>` with the
 * heading in its `<summary>`, so they work before and without JavaScript. Once the page runs JavaScript,
 * a button „Alle öffnen“ opens or closes all at once, and a link to a section opens it — the accordion
 * behaviour of `@stadtkern/web`, attached by the one client part, the button. Server-safe: the sections
 * render on the server, also as React Server Components.
 */
export const Accordion = forwardRef<HTMLDivElement, AccordionProps>(function Accordion(
  { headingLevel = 3, locale, className, children, ...rest },
  ref,
) {
  const sections = Children.map(children, (child) =>
    isSection(child) && child.props.headingLevel === undefined
      ? cloneElement(child, { headingLevel })
      : child,
  );
  if (process.env.NODE_ENV !== 'production' && Children.count(children) === 0)
    devWarning('Accordion has no sections: pass AccordionSection children.');
  return (
    <div
      ref={ref}
      className={cx('sk-accordion', className)}
      data-sk-locale={locale === 'en' ? 'en' : 'de'}
      {...rest}
    >
      <AccordionToggleAll locale={locale} />
      {sections}
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') Accordion.displayName = 'Accordion';
