import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';

export type DividerProps = HTMLAttributes<HTMLHRElement>;

/** A thematic break between sections (`<hr class="sk-divider">`). */
export const Divider = forwardRef<HTMLHRElement, DividerProps>(function Divider(
  { className, ...rest },
  ref,
) {
  return <hr ref={ref} className={cx('sk-divider', className)} {...rest} />;
});
if (process.env.NODE_ENV !== 'production') Divider.displayName = 'Divider';
