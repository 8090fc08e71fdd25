import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';

export type VisuallyHiddenProps = HTMLAttributes<HTMLSpanElement> & {
  /**
   * Shows the content while it (or something inside it) has keyboard focus.
   * @default false
   */
  focusable?: boolean;
};

/** Text for screen-reader users only, e.g. context for a repeated "Ändern" link. */
export const VisuallyHidden = forwardRef<HTMLSpanElement, VisuallyHiddenProps>(
  function VisuallyHidden({ focusable = false, className, children, ...rest }, ref) {
    return (
      <span
        ref={ref}
        className={cx(
          'sk-visually-hidden',
          focusable && 'sk-visually-hidden--focusable',
          className,
        )}
        {...rest}
      >
        {children}
      </span>
    );
  },
);
if (process.env.NODE_ENV !== 'production') VisuallyHidden.displayName = 'VisuallyHidden';
