'use client';
import { errorSummary } from '@stadtkern/web/error-summary';
import { forwardRef, useId, useRef } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import { useBehaviour } from '../internal/useBehaviour.js';
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
   * Moves focus to the summary when it appears (after a failed submit), and again when its errors
   * change after another submit (a second failed submit loads no page in an app) — not while the user
   * types.
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
  // Focus on mount and again when the errors change after another submit, and the links that focus
  // their field: the behaviour of @stadtkern/web, shared with plain HTML (it sees React's re-render of
  // the list in the DOM). The summary has tabIndex={-1}: focusable by script, not a Tab stop.
  useBehaviour(inner, errorSummary);
  return (
    <div
      ref={mergedRef}
      className={cx('sk-error-summary', className)}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${base}-title`}
      data-sk-autofocus={focusOnMount ? undefined : 'false'}
      {...rest}
    >
      <h2 id={`${base}-title`} className="sk-error-summary__title">
        {title ?? textsFor(TITLE, locale)}
      </h2>
      {description ? <div className="sk-error-summary__body">{description}</div> : null}
      <ul className="sk-error-summary__list">
        {errors.map((error) => (
          <li key={error.href}>
            <a className="sk-error-summary__link" href={error.href}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') ErrorSummary.displayName = 'ErrorSummary';
