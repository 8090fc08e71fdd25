import { Children, cloneElement, forwardRef, isValidElement, useId } from 'react';
import type { HTMLAttributes, ReactElement, ReactNode } from 'react';
import { ErrorMessage } from '../ErrorMessage/ErrorMessage.js';
import { Hint } from '../Hint/Hint.js';
import { Label } from '../Label/Label.js';
import { cx } from '../internal/cx.js';
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
  { label, hint, error, required = false, optional = false, locale, className, children, ...rest },
  ref,
) {
  const base = useId();
  const control = Children.only(children);
  const inputId = (isValidElement(control) ? control.props.id : undefined) ?? `${base}-control`;
  const hintId = hint ? `${base}-hint` : undefined;
  const errorId = error ? `${base}-error` : undefined;
  const necessity = required ? { required: true } : { optional };
  return (
    <div
      ref={ref}
      className={cx('sk-form-field', Boolean(error) && 'sk-form-field--error', className)}
      {...rest}
    >
      <Label htmlFor={inputId} locale={locale} {...necessity}>
        {label}
      </Label>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {error ? (
        <ErrorMessage id={errorId} locale={locale}>
          {error}
        </ErrorMessage>
      ) : null}
      {cloneElement(control, {
        id: inputId,
        'aria-describedby': cx(hintId, errorId, control.props['aria-describedby']),
        ...(error ? { 'aria-invalid': true } : {}),
        ...(required ? { required: true } : {}),
      })}
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') FormField.displayName = 'FormField';
