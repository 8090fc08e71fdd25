import { Children, cloneElement, forwardRef, useId } from 'react';
import type { HTMLAttributes, ReactElement, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import { errorElement, hintElement } from '../internal/field.js';
import { necessityMarker } from '../internal/necessity.js';
import type { Necessity } from '../internal/necessity.js';
import type { Locale } from '../locale/messages.js';

/** Props FormField sets on its control. */
export type FieldControlProps = {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  required?: boolean;
};

export type FormFieldProps = Omit<HTMLAttributes<HTMLDivElement>, 'children'> &
  Necessity & {
    /** The label text. */
    label: ReactNode;
    /** Help text below the label. @default undefined */
    hint?: ReactNode;
    /** Error message; marks the control as invalid. @default undefined */
    error?: ReactNode;
    /** Exactly one control, e.g. `<TextInput />`, `<Textarea />` or `<Select />`. */
    children: ReactElement<FieldControlProps>;
    /**
     * Language of the default texts.
     * @default 'de'
     */
    locale?: Locale;
  };

/**
 * Wires a label, hint and error message to one control: `<label for>` matches the control's `id`,
 * and `aria-describedby` names the hint and the error. Ids come from `useId`, so server and client agree.
 */
export const FormField = forwardRef<HTMLDivElement, FormFieldProps>(function FormField(
  { label, hint, error, required, optional, locale, className, children, ...rest },
  ref,
) {
  // A clear error for anything but one element; in production cloneElement is the check.
  if (process.env.NODE_ENV !== 'production') Children.only(children);
  const base = useId();
  const control = children.props;
  const inputId = control.id ?? `${base}-control`;
  const hintId = hint ? `${base}-hint` : undefined;
  const errorId = error ? `${base}-error` : undefined;
  // The markup of Label, Hint and ErrorMessage, written out: no component layers of their own.
  return (
    <div
      ref={ref}
      className={cx('sk-form-field', Boolean(error) && 'sk-form-field--error', className)}
      {...rest}
    >
      <label className="sk-label" htmlFor={inputId}>
        {label}
        {necessityMarker(required, optional, locale)}
      </label>
      {hintElement(hintId, hint)}
      {errorElement(errorId, error, locale)}
      {cloneElement(children, {
        id: inputId,
        'aria-describedby': cx(hintId, errorId, control['aria-describedby']),
        // Set only when FormField says so; else the control's own value stays.
        'aria-invalid': Boolean(error) || control['aria-invalid'],
        required: required || control.required,
      })}
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') FormField.displayName = 'FormField';
