import { forwardRef } from 'react';
import type { LabelHTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';
import { necessityMarker } from '../internal/necessity.js';
import type { Necessity } from '../internal/necessity.js';
import type { Locale } from '../locale/messages.js';

export type LabelProps = LabelHTMLAttributes<HTMLLabelElement> &
  Necessity & {
    /**
     * Language of the marker text.
     * @default 'de'
     */
    locale?: Locale;
  };

/** The visible name of a form control (`<label class="sk-label">`). */
export const Label = forwardRef<HTMLLabelElement, LabelProps>(function Label(
  { required = false, optional = false, locale, className, children, ...rest },
  ref,
) {
  return (
    <label ref={ref} className={cx('sk-label', className)} {...rest}>
      {children}
      {necessityMarker(required, optional, locale)}
    </label>
  );
});
if (process.env.NODE_ENV !== 'production') Label.displayName = 'Label';
