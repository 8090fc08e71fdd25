import { useId } from 'react';
import type { InputHTMLAttributes, ReactElement, ReactNode, Ref } from 'react';
import { cx } from './cx.js';

export type ChoiceProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  /** The visible label next to the box; clicking it toggles the control. */
  label: ReactNode;
  /** Help text below the label. @default undefined */
  hint?: ReactNode;
  /** Marks the control as invalid (the error text belongs to its fieldset or FormField). @default false */
  invalid?: boolean;
};

/**
 * Shared markup of Checkbox and Radio: the same structure with a different input type and block. A
 * hook called by their render functions, not a component: no component layer of its own.
 */
export function useChoice(
  kind: 'checkbox' | 'radio',
  {
    label,
    hint,
    invalid,
    id,
    className,
    'aria-describedby': ariaDescribedBy,
    ...rest
  }: ChoiceProps,
  ref: Ref<HTMLInputElement>,
): ReactElement {
  const base = useId();
  const inputId = id ?? `${base}-input`;
  const hintId = hint ? `${base}-hint` : undefined;
  const block = `sk-${kind}`;
  return (
    <div className={cx(block, className)}>
      <input
        ref={ref}
        id={inputId}
        type={kind}
        className={`${block}__input`}
        aria-describedby={cx(hintId, ariaDescribedBy)}
        aria-invalid={invalid || undefined}
        {...rest}
      />
      <label className={`${block}__label`} htmlFor={inputId}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className={`${block}__hint`}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}
