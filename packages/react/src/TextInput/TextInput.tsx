import { forwardRef } from 'react';
import type { InputHTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';

export type TextInputType = 'text' | 'email' | 'tel' | 'url' | 'password' | 'search' | 'numeric';
export type TextInputWidth = 2 | 3 | 4 | 5 | 10 | 20;

export type TextInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'prefix' | 'width'
> & {
  /**
   * The kind of text. `numeric` renders `type="text"` with `inputmode="numeric"` (the accessible way
   * to ask for digits such as a postcode); `email` and `tel` bring the right keyboard on phones.
   * @default 'text'
   */
  type?: TextInputType;
  /** Text before the field, e.g. „€“. Decorative: say the unit in the label too. @default undefined */
  prefix?: ReactNode;
  /** Text after the field, e.g. „kg“. Decorative: say the unit in the label too. @default undefined */
  suffix?: ReactNode;
  /** Width in characters, to hint at the expected length (e.g. 5 for a postcode). @default full width */
  width?: TextInputWidth;
};

/** Text before or after the field, hidden from screen readers (the label says the unit). */
function affix(text: ReactNode): ReactNode {
  return text === undefined ? null : (
    <span className="sk-text-input__affix" aria-hidden="true">
      {text}
    </span>
  );
}

/**
 * A single-line text field. Use it inside `FormField`, which adds the label, hint and error.
 * `className` goes to the wrapper `.sk-text-input`; all other props and the ref go to the `<input>`.
 */
export const TextInput = forwardRef<HTMLInputElement, TextInputProps>(function TextInput(
  { type = 'text', prefix, suffix, width, className, spellCheck, ...rest },
  ref,
) {
  const numeric = type === 'numeric';
  const codeLike = numeric || type === 'email' || type === 'tel' || type === 'url';
  return (
    <div
      className={cx(
        'sk-text-input',
        width !== undefined && `sk-text-input--width-${width}`,
        className,
      )}
    >
      {affix(prefix)}
      <input
        ref={ref}
        type={numeric ? 'text' : type}
        inputMode={numeric ? 'numeric' : undefined}
        spellCheck={spellCheck ?? (codeLike ? false : undefined)}
        className="sk-text-input__input"
        {...rest}
      />
      {affix(suffix)}
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') TextInput.displayName = 'TextInput';
