import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';

export type ButtonGroupProps = HTMLAttributes<HTMLDivElement> & {
  /**
   * Puts the buttons below each other at full width.
   * @default false
   */
  stacked?: boolean;
};

/**
 * Lays out related buttons (and links) with even spacing; wraps on narrow screens. Give it an
 * `aria-label` to expose it as a named group.
 */
export const ButtonGroup = forwardRef<HTMLDivElement, ButtonGroupProps>(function ButtonGroup(
  { stacked = false, className, children, ...rest },
  ref,
) {
  const named = rest['aria-label'] !== undefined || rest['aria-labelledby'] !== undefined;
  return (
    <div
      ref={ref}
      role={named ? 'group' : undefined}
      className={cx('sk-button-group', stacked && 'sk-button-group--stacked', className)}
      {...rest}
    >
      {children}
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') ButtonGroup.displayName = 'ButtonGroup';
