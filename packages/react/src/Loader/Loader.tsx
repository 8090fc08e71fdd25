import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';

const LOADING: Texts<string> = { de: 'Wird geladen …', en: 'Loading …' };

export type LoaderProps = HTMLAttributes<HTMLDivElement> & {
  /**
   * Whether something is loading. Keep the Loader mounted and switch this: the status region stays
   * in the page, so screen readers announce the text when it appears.
   * @default true
   */
  active?: boolean;
  /**
   * The status text that is shown and announced.
   * @default 'Wird geladen …' (de) / 'Loading …' (en)
   */
  label?: string;
  /**
   * Hides the text visually (it is still announced).
   * @default false
   */
  hideLabel?: boolean;
  /**
   * Language of the default text.
   * @default 'de'
   */
  locale?: Locale;
};

/** A loading indicator inside a polite status region (`role="status"`). */
export const Loader = forwardRef<HTMLDivElement, LoaderProps>(function Loader(
  { active = true, label, hideLabel = false, locale, className, ...rest },
  ref,
) {
  return (
    <div
      ref={ref}
      role="status"
      className={cx('sk-loader', hideLabel && 'sk-loader--hidden-label', className)}
      {...rest}
    >
      {active ? (
        <>
          <span className="sk-loader__spinner" aria-hidden="true" />
          <span className="sk-loader__label">{label ?? textsFor(LOADING, locale)}</span>
        </>
      ) : null}
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') Loader.displayName = 'Loader';
