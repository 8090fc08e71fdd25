'use client';
import { passwordInput, passwordInputTexts } from '@stadtkern/web/password-input';
import { forwardRef, useEffect, useId, useRef, useState } from 'react';
import { cx } from '../internal/cx.js';
import { warnIfUnnamed } from '../internal/dev.js';
import { useBehaviour } from '../internal/useBehaviour.js';
import { useMergedRefs } from '../internal/useMergedRefs.js';
import { textsFor } from '../locale/messages.js';
import type { Locale } from '../locale/messages.js';
import type { TextInputProps } from '../TextInput/TextInput.js';

export type PasswordInputAutoComplete = 'current-password' | 'new-password';

export type PasswordInputProps = Omit<
  TextInputProps,
  'type' | 'prefix' | 'suffix' | 'autoComplete' | 'spellCheck' | 'autoCapitalize'
> & {
  /**
   * What the browser's password manager offers: `current-password` to sign in (it fills in the saved
   * password), `new-password` to set one (it suggests a strong new password).
   * @default 'current-password'
   */
  autoComplete?: PasswordInputAutoComplete;
  /**
   * Language of the toggle („Anzeigen“ / „Show“) and of what it announces. Rendered as
   * `data-sk-locale` on the wrapper, so the behaviour speaks the same language.
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * A password field with a button to show and hide the password (GOV.UK's password input). Use it inside
 * `FormField`, which adds the label, hint and error. The button is rendered `hidden` and shown by the
 * behaviour of `@stadtkern/web`, so without JavaScript it is a normal password field. Showing only
 * changes the field's type; the value never leaves the input, and submitting hides it again.
 * `className` goes to the wrapper `.sk-password-input`; all other props and the ref go to the `<input>`.
 */
export const PasswordInput = forwardRef<HTMLInputElement, PasswordInputProps>(
  function PasswordInput(
    { autoComplete = 'current-password', locale, width, className, id, ...rest },
    ref,
  ) {
    const generatedId = useId();
    const inputId = id ?? generatedId;
    const root = useRef<HTMLDivElement>(null);
    const input = useRef<HTMLInputElement>(null);
    const mergedRef = useMergedRefs(ref, input);
    const texts = textsFor<Record<'show' | 'hide' | 'showLabel' | 'hideLabel', string>>(
      passwordInputTexts,
      locale,
    );
    // Whether the behaviour shows the password. React writes `type` on every update of an <input>
    // (a controlled value, a form library re-rendering), so it renders what the behaviour last set
    // instead of resetting the field to hidden under a button that says „Verbergen“.
    const [shown, setShown] = useState(false);
    useEffect(() => {
      const field = input.current;
      if (!field) return undefined;
      const observer = new MutationObserver(() => {
        setShown(field.type === 'text');
      });
      observer.observe(field, { attributes: true, attributeFilter: ['type'] });
      return () => {
        observer.disconnect();
      };
    }, []);
    if (process.env.NODE_ENV !== 'production' && id === undefined)
      warnIfUnnamed(
        'PasswordInput',
        rest,
        'Put it in a FormField (which gives it an id and a label), or pass an id that a <label for> names.',
      );
    // The toggle, its texts and the hiding on submit and pageshow: the behaviour of @stadtkern/web,
    // shared with plain HTML.
    useBehaviour(root, passwordInput);
    return (
      <div
        ref={root}
        className={cx('sk-password-input', className)}
        // Always set, so the behaviour speaks the language rendered here, whatever the page's lang.
        data-sk-locale={locale === 'en' ? 'en' : 'de'}
      >
        {/* The look of TextInput (width, error state), with the class the behaviour finds. */}
        <div
          className={cx(
            'sk-text-input',
            width !== undefined && `sk-text-input--width-${String(width)}`,
            'sk-password-input__field',
          )}
        >
          <input
            ref={mergedRef}
            id={inputId}
            type={shown ? 'text' : 'password'}
            className="sk-text-input__input sk-password-input__input"
            spellCheck={false}
            autoCapitalize="none"
            autoComplete={autoComplete}
            {...rest}
          />
        </div>
        <button
          type="button"
          className="sk-button sk-button--secondary sk-password-input__toggle"
          aria-controls={inputId}
          aria-label={shown ? texts.hideLabel : texts.showLabel}
          hidden
        >
          {shown ? texts.hide : texts.show}
        </button>
        <span className="sk-password-input__status" aria-live="polite" />
      </div>
    );
  },
);
if (process.env.NODE_ENV !== 'production') PasswordInput.displayName = 'PasswordInput';
