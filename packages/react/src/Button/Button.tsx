'use client';
import { forwardRef } from 'react';
import type { ButtonHTMLAttributes, MouseEvent } from 'react';
import { cx } from '../internal/cx.js';
import { warnIfUnnamed } from '../internal/dev.js';
import type { Locale } from '../locale/messages.js';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary';
export type ButtonSize = 'small' | 'medium' | 'large';
/** An invoker command (HTML's `command` attribute); custom commands start with `--`. */
export type ButtonCommand =
  | 'show-modal'
  | 'close'
  | 'request-close'
  | 'show-popover'
  | 'hide-popover'
  | 'toggle-popover'
  | `--${string}`;

export type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> & {
  /**
   * Visual weight. Use one primary button per view for the main action.
   * @default 'primary'
   */
  variant?: ButtonVariant;
  /**
   * Size of the button. Every size keeps a target of at least 24 × 24 px.
   * @default 'medium'
   */
  size?: ButtonSize;
  /**
   * The native button type. Defaults to `button` so that a button never submits a form by accident.
   * @default 'button'
   */
  type?: 'button' | 'submit' | 'reset';
  /**
   * Disables the button with `aria-disabled` instead of the `disabled` attribute: it stays focusable
   * and announced, but clicks and form submission are blocked.
   * @default false
   */
  disabled?: boolean;
  /**
   * Shows a spinner, adds the loading text to the accessible name and blocks activation
   * (via `aria-disabled`, so focus stays on the button).
   * @default false
   */
  loading?: boolean;
  /**
   * Text appended to the accessible name while `loading`.
   * @default 'Wird geladen' (de) / 'Loading' (en)
   */
  loadingText?: string;
  /**
   * Stretches the button to the full inline size of its container.
   * @default false
   */
  fullWidth?: boolean;
  /**
   * Language of the default texts.
   * @default 'de'
   */
  locale?: Locale;
  /**
   * What the button does to the element `commandfor` names, without a script where the browser runs
   * invoker commands (e.g. `show-modal` opens a `Dialog`; `@stadtkern/web` adds a fallback for dialogs).
   */
  command?: ButtonCommand;
  /**
   * The id of the element `command` acts on. Written in lower case, as the HTML attribute: React passes
   * unknown lower-case attributes through as they are, so the invoker costs no code here.
   */
  commandfor?: string;
};

function blockActivation(event: MouseEvent<HTMLButtonElement>): void {
  event.preventDefault();
}

/**
 * A button for actions. Renders a native `<button class="sk-button">`.
 * For navigation use `Link`; a button that only looks like a link is still a button.
 * Icons go into the children, e.g. `<Icon name="download" />` (decorative by default).
 */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  {
    variant = 'primary',
    size = 'medium',
    type = 'button',
    disabled,
    loading,
    loadingText,
    fullWidth,
    locale,
    className,
    children,
    onClick,
    ...rest
  },
  ref,
) {
  if (process.env.NODE_ENV !== 'production') {
    warnIfUnnamed(
      'Button',
      { ...rest, children },
      'Give it visible text, or an `aria-label` for an icon-only button.',
    );
  }
  // Disabled or loading: cannot be activated, yet stays focusable and announced (aria-disabled).
  const unavailable = disabled || loading;
  return (
    <button
      ref={ref}
      // `type` is limited to 'button' | 'submit' | 'reset' by ButtonProps and defaults to 'button'.
      // eslint-disable-next-line react/button-has-type
      type={type}
      className={cx(
        'sk-button',
        variant !== 'primary' && `sk-button--${variant}`,
        size !== 'medium' && `sk-button--${size}`,
        fullWidth && 'sk-button--full-width',
        loading && 'sk-button--loading',
        className,
      )}
      aria-disabled={unavailable || undefined}
      onClick={unavailable ? blockActivation : onClick}
      {...rest}
    >
      {children}
      {/* The text written out, not inLocale: Button alone has its own budget (400 B). */}
      {loading && (
        <span className="sk-button__loading-text">{` (${loadingText ?? (locale === 'en' ? 'Loading' : 'Wird geladen')})`}</span>
      )}
    </button>
  );
});
if (process.env.NODE_ENV !== 'production') Button.displayName = 'Button';
