import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';

export type BadgeVariant = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'strong';

export type BadgeProps = HTMLAttributes<HTMLSpanElement> & {
  /**
   * The status colour. The text must say the status too; colour alone is not enough. `strong` is filled
   * in the action colour, for the one status that asks for action next (e.g. „Nicht begonnen“).
   * @default 'neutral'
   */
  variant?: BadgeVariant;
};

/** A short status label such as „Neu“, „In Bearbeitung“ or „Abgelehnt“. */
export const Badge = forwardRef<HTMLSpanElement, BadgeProps>(function Badge(
  { variant = 'neutral', className, children, ...rest },
  ref,
) {
  return (
    <span
      ref={ref}
      className={cx('sk-badge', variant !== 'neutral' && `sk-badge--${variant}`, className)}
      {...rest}
    >
      {children}
    </span>
  );
});
if (process.env.NODE_ENV !== 'production') Badge.displayName = 'Badge';
