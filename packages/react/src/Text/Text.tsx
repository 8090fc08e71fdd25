import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';
import { narrowRef } from '../internal/refs.js';

export type TextVariant = 'body' | 'lead' | 'small' | 'muted';

export type TextProps = HTMLAttributes<HTMLElement> & {
  /**
   * `body` for running text, `lead` for an introduction, `small` for secondary details,
   * `muted` for less important text (still 4.5:1 contrast).
   * @default 'body'
   */
  variant?: TextVariant;
  /**
   * The element: a paragraph, an inline span or a block div.
   * @default 'p'
   */
  as?: 'p' | 'span' | 'div';
};

/** Body text with the theme's font, size and line length. */
export const Text = forwardRef<HTMLElement, TextProps>(function Text(
  { variant = 'body', as: Tag = 'p', className, children, ...rest },
  ref,
) {
  return (
    <Tag
      ref={narrowRef<HTMLParagraphElement & HTMLSpanElement & HTMLDivElement, HTMLElement>(ref)}
      className={cx('sk-text', variant !== 'body' && `sk-text--${variant}`, className)}
      {...rest}
    >
      {children}
    </Tag>
  );
});
if (process.env.NODE_ENV !== 'production') Text.displayName = 'Text';
