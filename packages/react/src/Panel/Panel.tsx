import { forwardRef } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import type { HeadingLevel } from '../Heading/Heading.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';

const REFERENCE: Texts<string> = { de: 'Ihre Vorgangsnummer:', en: 'Your reference number:' };

export type PanelProps = Omit<HTMLAttributes<HTMLDivElement>, 'title'> & {
  /** What happened, e.g. „Antrag gesendet“. */
  title: ReactNode;
  /**
   * Level of the title heading. The panel usually is the page's main message, hence `<h1>`.
   * @default 1
   */
  headingLevel?: HeadingLevel;
  /** The reference number, shown in bold under its label. @default undefined */
  reference?: ReactNode;
  /**
   * The label before the reference number.
   * @default 'Ihre Vorgangsnummer:' (de) / 'Your reference number:' (en)
   */
  referenceLabel?: ReactNode;
  /**
   * Language of the default texts.
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * The confirmation at the end of a service: a title such as „Antrag gesendet“ and the reference number.
 * Renders `<div class="sk-panel">`; further text (what happens next) goes below it on the page.
 */
export const Panel = forwardRef<HTMLDivElement, PanelProps>(function Panel(
  { title, headingLevel = 1, reference, referenceLabel, locale, className, children, ...rest },
  ref,
) {
  const Title = `h${headingLevel}` as const;
  const hasBody = (reference !== undefined && reference !== null) || Boolean(children);
  return (
    <div ref={ref} className={cx('sk-panel', className)} {...rest}>
      <Title className="sk-panel__title">{title}</Title>
      {hasBody ? (
        <div className="sk-panel__body">
          {reference !== undefined && reference !== null ? (
            <p className="sk-panel__reference">
              {referenceLabel ?? textsFor(REFERENCE, locale)} <strong>{reference}</strong>
            </p>
          ) : null}
          {children}
        </div>
      ) : null}
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') Panel.displayName = 'Panel';
