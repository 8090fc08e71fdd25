import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export type HeadingSize = '3x-large' | '2x-large' | 'x-large' | 'large' | 'medium' | 'small';

const DEFAULT_SIZE: Record<HeadingLevel, HeadingSize> = {
  1: '3x-large',
  2: '2x-large',
  3: 'x-large',
  4: 'large',
  5: 'medium',
  6: 'small',
};

export type HeadingProps = HTMLAttributes<HTMLHeadingElement> & {
  /** The heading level (`<h1>` … `<h6>`): the document outline. */
  level: HeadingLevel;
  /**
   * The visual size, independent of the level.
   * @default the size that matches the level ('3x-large' for 1 … 'small' for 6)
   */
  size?: HeadingSize;
};

/** A section heading. Choose `level` for the outline and `size` for the look. */
export const Heading = forwardRef<HTMLHeadingElement, HeadingProps>(function Heading(
  { level, size, className, children, ...rest },
  ref,
) {
  const Tag = `h${level}` as const;
  const visual = size ?? DEFAULT_SIZE[level];
  return (
    <Tag ref={ref} className={cx('sk-heading', `sk-heading--${visual}`, className)} {...rest}>
      {children}
    </Tag>
  );
});
if (process.env.NODE_ENV !== 'production') Heading.displayName = 'Heading';
