import { forwardRef } from 'react';
import type { SelectHTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement>;

/**
 * A native select list: use it for 7 or more options; for fewer, radios are easier to use.
 * `className` goes to the wrapper `.sk-select`; other props and the ref go to the `<select>`.
 */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(
  { className, children, ...rest },
  ref,
) {
  return (
    <div className={cx('sk-select', className)}>
      <select ref={ref} className="sk-select__input" {...rest}>
        {children}
      </select>
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') Select.displayName = 'Select';
