import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';
import { devWarning } from '../internal/dev.js';

export type GridProps = HTMLAttributes<HTMLDivElement>;

/** How many of the 12 columns an item covers. */
export type GridSpan = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

export type GridItemProps = HTMLAttributes<HTMLDivElement> & {
  /**
   * How many of the 12 columns the item covers from the medium breakpoint (48rem) on; below it every item covers
   * the full row.
   * @default 12
   */
  span?: GridSpan;
};

/** A 12-column layout grid from 48rem on, one column below. Children are `GridItem`s. */
export const Grid = forwardRef<HTMLDivElement, GridProps>(function Grid(
  { className, children, ...rest },
  ref,
) {
  return (
    <div ref={ref} className={cx('sk-grid', className)} {...rest}>
      {children}
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') Grid.displayName = 'Grid';

/** One cell of a `Grid`, covering `span` of its 12 columns. */
export const GridItem = forwardRef<HTMLDivElement, GridItemProps>(function GridItem(
  { span, className, children, ...rest },
  ref,
) {
  if (
    process.env.NODE_ENV !== 'production' &&
    span !== undefined &&
    !(Number.isInteger(span) && span >= 1 && span <= 12)
  )
    devWarning(`GridItem: span must be a whole number from 1 to 12, got ${String(span)}.`);
  return (
    <div
      ref={ref}
      className={cx(
        'sk-grid__item',
        span !== undefined && `sk-grid__item--span-${String(span)}`,
        className,
      )}
      {...rest}
    >
      {children}
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') GridItem.displayName = 'GridItem';
