'use client';
import { forwardRef, useEffect, useId, useRef } from 'react';
import type { HTMLAttributes, MouseEvent, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import { useMergedRefs } from '../internal/useMergedRefs.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';

const TITLE: Texts<string> = { de: 'Es gibt ein Problem', en: 'There is a problem' };

export type ErrorSummaryItem = {
  /** Link to the field in error, as a fragment: `#<id of the input>`. */
  href: `#${string}`;
  /** The same message as under the field. */
  message: ReactNode;
};

export type ErrorSummaryProps = Omit<HTMLAttributes<HTMLDivElement>, 'title'> & {
  /** The errors, in the order of the fields on the page. */
  errors: ErrorSummaryItem[];
  /**
   * Heading of the summary.
   * @default 'Es gibt ein Problem' (de) / 'There is a problem' (en)
   */
  title?: ReactNode;
  /** Optional text between heading and list. @default undefined */
  description?: ReactNode;
  /**
   * Moves focus to the summary when it appears (after a failed submit).
   * @default true
   */
  focusOnMount?: boolean;
  /**
   * Language of the default title.
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * Focuses the field a summary link points to and scrolls its label or legend into view. Links point
 * to form controls, which are focusable by themselves.
 */
function goToField(event: MouseEvent<HTMLAnchorElement>): void {
  const id = decodeURIComponent(event.currentTarget.hash.slice(1));
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  const legend = field.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  (legend ?? label ?? field).scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}

/**
 * Lists the errors of a form at its top after a failed submit, takes focus, and links each error to
 * its field. Render it only when there are errors; render nothing otherwise.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { errors, title, description, focusOnMount = true, locale, className, ...rest },
  ref,
) {
  const base = useId();
  const inner = useRef<HTMLDivElement>(null);
  const mergedRef = useMergedRefs(ref, inner);
  useEffect(() => {
    // The summary has tabIndex={-1}: focusable by script, not a Tab stop.
    if (focusOnMount) inner.current?.focus();
  }, [focusOnMount]);
  return (
    <div
      ref={mergedRef}
      className={cx('sk-error-summary', className)}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${base}-title`}
      {...rest}
    >
      <h2 id={`${base}-title`} className="sk-error-summary__title">
        {title ?? textsFor(TITLE, locale)}
      </h2>
      {description ? <div className="sk-error-summary__body">{description}</div> : null}
      <ul className="sk-error-summary__list">
        {errors.map((error) => (
          <li key={error.href}>
            <a className="sk-error-summary__link" href={error.href} onClick={goToField}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') ErrorSummary.displayName = 'ErrorSummary';
