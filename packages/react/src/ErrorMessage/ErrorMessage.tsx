import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';
import { inLocale } from '../locale/messages.js';
import type { Locale } from '../locale/messages.js';

export type ErrorMessageProps = HTMLAttributes<HTMLParagraphElement> & {
  /**
   * Visually hidden word read before the message.
   * @default 'Fehler:' (de) / 'Error:' (en)
   */
  prefix?: string;
  /**
   * Language of the default prefix.
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * The error of a field: says what is wrong and how to fix it. Give it an `id` and reference it from
 * the control's `aria-describedby` (FormField does that for you).
 */
export const ErrorMessage = forwardRef<HTMLParagraphElement, ErrorMessageProps>(
  function ErrorMessage({ prefix, locale, className, children, ...rest }, ref) {
    return (
      <p ref={ref} className={cx('sk-error-message', className)} {...rest}>
        <span className="sk-error-message__prefix">{`${prefix ?? inLocale(locale, 'Fehler:', 'Error:')} `}</span>
        {children}
      </p>
    );
  },
);
if (process.env.NODE_ENV !== 'production') ErrorMessage.displayName = 'ErrorMessage';
