import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';

const LABEL: Texts<string> = { de: 'Warnung:', en: 'Warning:' };

export type WarningTextProps = HTMLAttributes<HTMLDivElement> & {
  /**
   * The visually hidden word before the text, so the warning does not depend on the icon.
   * @default 'Warnung:' (de) / 'Warning:' (en)
   */
  label?: string;
  /**
   * Language of the default label.
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * A warning that must not be missed, e.g. a fine or a cost: an icon, a hidden „Warnung:“ and strong text.
 * Renders `<div class="sk-warning-text">`.
 */
export const WarningText = forwardRef<HTMLDivElement, WarningTextProps>(function WarningText(
  { label, locale, className, children, ...rest },
  ref,
) {
  return (
    <div ref={ref} className={cx('sk-warning-text', className)} {...rest}>
      <span className="sk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="sk-warning-text__text">
        <span className="sk-warning-text__label">{`${label ?? textsFor(LABEL, locale)} `}</span>
        {children}
      </strong>
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') WarningText.displayName = 'WarningText';
