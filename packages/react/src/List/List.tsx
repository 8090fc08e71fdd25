import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';
import { narrowRef } from '../internal/refs.js';

export type ListVariant = 'bullet' | 'numbered' | 'plain';

export type ListProps = HTMLAttributes<HTMLUListElement | HTMLOListElement> & {
  /**
   * `bullet` renders `<ul>`, `numbered` renders `<ol>` (for steps and ranked items), `plain` a `<ul>`
   * without markers.
   * @default 'bullet'
   */
  variant?: ListVariant;
};

/** A list of `<li>` items. */
export const List = forwardRef<HTMLUListElement | HTMLOListElement, ListProps>(function List(
  { variant = 'bullet', className, children, ...rest },
  ref,
) {
  const classes = cx('sk-list', variant !== 'bullet' && `sk-list--${variant}`, className);
  return variant === 'numbered' ? (
    <ol
      ref={narrowRef<HTMLOListElement, HTMLUListElement | HTMLOListElement>(ref)}
      className={classes}
      {...rest}
    >
      {children}
    </ol>
  ) : (
    <ul
      ref={narrowRef<HTMLUListElement, HTMLUListElement | HTMLOListElement>(ref)}
      className={classes}
      {...rest}
    >
      {children}
    </ul>
  );
});
if (process.env.NODE_ENV !== 'production') List.displayName = 'List';
