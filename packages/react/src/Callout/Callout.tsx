import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';

export type CalloutProps = HTMLAttributes<HTMLDivElement>;

/**
 * Inset text: sets a quotation, an example or extra information apart from the text around it.
 * Renders `<div class="sk-callout">`.
 */
export const Callout = forwardRef<HTMLDivElement, CalloutProps>(function Callout(
  { className, children, ...rest },
  ref,
) {
  return (
    <div ref={ref} className={cx('sk-callout', className)} {...rest}>
      {children}
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') Callout.displayName = 'Callout';
