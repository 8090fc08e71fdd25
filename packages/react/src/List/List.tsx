import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';

export type ListVariant = 'bullet' | 'numbered' | 'plain';

export interface ListProps extends HTMLAttributes<HTMLUListElement | HTMLOListElement> {
  /**
   * `bullet` renders `<ul>`, `numbered` renders `<ol>` (for steps and ranked items), `plain` a `<ul>`
   * without markers.
   * @default 'bullet'
   */
  variant?: ListVariant;
}

/** A list of `<li>` items. */
export const List = forwardRef<HTMLUListElement | HTMLOListElement, ListProps>(function List(
  { variant = 'bullet', className, children, ...rest },
  ref,
) {
  const classes = cx('sk-list', variant !== 'bullet' && `sk-list--${variant}`, className);
  return variant === 'numbered' ? (
    <ol ref={ref as never} className={classes} {...rest}>
      {children}
    </ol>
  ) : (
    <ul ref={ref} className={classes} {...rest}>
      {children}
    </ul>
  );
});
if (process.env.NODE_ENV !== 'production') List.displayName = 'List';
