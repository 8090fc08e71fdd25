import { forwardRef, useId } from 'react';
import type { FieldsetHTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import { errorElement, hintElement } from '../internal/field.js';
import { necessityMarker } from '../internal/necessity.js';
import type { Necessity } from '../internal/necessity.js';
import type { Locale } from '../locale/messages.js';

export type FieldsetProps = FieldsetHTMLAttributes<HTMLFieldSetElement> &
  Necessity & {
    /** The question or group name, rendered as `<legend>`. */
    legend: ReactNode;
    /**
     * Size of the legend; use `large` or `x-large` when the legend is the page's main question.
     * @default 'medium'
     */
    legendSize?: 'medium' | 'large' | 'x-large';
    /** Help text below the legend, referenced by `aria-describedby`. @default undefined */
    hint?: ReactNode;
    /** Error message for the whole group, referenced by `aria-describedby`. @default undefined */
    error?: ReactNode;
    /**
     * Language of the default texts.
     * @default 'de'
     */
    locale?: Locale;
  };

/** Groups related controls under a legend (`<fieldset class="sk-fieldset">`), with hint and error. */
export const Fieldset = forwardRef<HTMLFieldSetElement, FieldsetProps>(function Fieldset(
  {
    legend,
    legendSize = 'medium',
    hint,
    error,
    required = false,
    optional = false,
    locale,
    className,
    children,
    'aria-describedby': ariaDescribedBy,
    ...rest
  },
  ref,
) {
  const base = useId();
  const hintId = hint ? `${base}-hint` : undefined;
  const errorId = error ? `${base}-error` : undefined;
  return (
    <fieldset
      ref={ref}
      className={cx('sk-fieldset', Boolean(error) && 'sk-fieldset--error', className)}
      aria-describedby={cx(hintId, errorId, ariaDescribedBy)}
      {...rest}
    >
      <legend
        className={cx(
          'sk-fieldset__legend',
          legendSize !== 'medium' && `sk-fieldset__legend--${legendSize}`,
        )}
      >
        {legend}
        {necessityMarker(required, optional, locale)}
      </legend>
      {hintElement(hintId, hint)}
      {errorElement(errorId, error, locale)}
      {children}
    </fieldset>
  );
});
if (process.env.NODE_ENV !== 'production') Fieldset.displayName = 'Fieldset';
