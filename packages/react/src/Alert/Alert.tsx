import { forwardRef, useId } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import { inLocale } from '../locale/messages.js';
import type { Locale } from '../locale/messages.js';

export type AlertVariant = 'info' | 'success' | 'warning' | 'danger';

// The hidden prefix word, with the space before the text.
const PREFIX_DE: Record<AlertVariant, string> = {
  info: 'Information: ',
  success: 'Erfolg: ',
  warning: 'Warnung: ',
  danger: 'Fehler: ',
};
const PREFIX_EN: Record<AlertVariant, string> = {
  info: 'Information: ',
  success: 'Success: ',
  warning: 'Warning: ',
  danger: 'Error: ',
};

export type AlertProps = Omit<HTMLAttributes<HTMLDivElement>, 'title'> & {
  /**
   * The kind of message; shown by colour, icon and a hidden prefix word.
   * @default 'info'
   */
  variant?: AlertVariant;
  /** Short heading. @default undefined */
  title?: ReactNode;
  /**
   * Level of the title heading, to fit the page outline.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Announce the alert when it appears (after an action): `danger` and `warning` as `role="alert"`
   * (interrupting), `info` and `success` as `role="status"` (polite). Leave it off for messages
   * that are part of the page from the start.
   * @default false
   */
  announce?: boolean;
  /**
   * Language of the hidden prefix word.
   * @default 'de'
   */
  locale?: Locale;
};

/** A message that stands out from the page: information, success, warning or error. */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert(
  { variant = 'info', title, headingLevel = 2, announce, locale, className, children, ...rest },
  ref,
) {
  const titleId = `${useId()}-title`;
  const prefix = (
    <span className="sk-alert__prefix">{inLocale(locale, PREFIX_DE, PREFIX_EN)[variant]}</span>
  );
  const Heading = `h${headingLevel}` as const;
  const role = announce
    ? variant === 'danger' || variant === 'warning'
      ? 'alert'
      : 'status'
    : undefined;
  return (
    <div
      ref={ref}
      role={role}
      aria-labelledby={title && role ? titleId : undefined}
      className={cx('sk-alert', variant !== 'info' && `sk-alert--${variant}`, className)}
      {...rest}
    >
      {title ? (
        <Heading id={titleId} className="sk-alert__title">
          {prefix}
          {title}
        </Heading>
      ) : null}
      <div className="sk-alert__body">
        {title ? null : prefix}
        {children}
      </div>
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') Alert.displayName = 'Alert';
