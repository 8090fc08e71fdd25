import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';

export type HintProps = HTMLAttributes<HTMLDivElement>;

/** Help text for a field. Give it an `id` and reference it from the control's `aria-describedby`. */
export const Hint = forwardRef<HTMLDivElement, HintProps>(function Hint(
  { className, ...rest },
  ref,
) {
  return <div ref={ref} className={cx('sk-hint', className)} {...rest} />;
});
if (process.env.NODE_ENV !== 'production') Hint.displayName = 'Hint';
