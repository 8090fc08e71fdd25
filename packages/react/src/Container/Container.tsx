import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';

export type ContainerProps = HTMLAttributes<HTMLDivElement>;

/**
 * Centres page content at the content width (`--sk-metric-dimension-content-max-width`) with padding on both
 * sides, aligned with Header and Footer. Renders `<div class="sk-container">`; for `<main>` put the class on it.
 */
export const Container = forwardRef<HTMLDivElement, ContainerProps>(function Container(
  { className, children, ...rest },
  ref,
) {
  return (
    <div ref={ref} className={cx('sk-container', className)} {...rest}>
      {children}
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') Container.displayName = 'Container';
