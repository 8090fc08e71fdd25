import { forwardRef } from 'react';
import type { LabelHTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';

const MARKERS: Texts<{ required: string; optional: string }> = {
  de: { required: '(Pflichtfeld)', optional: '(optional)' },
  en: { required: '(required)', optional: '(optional)' },
};

/** A field is either marked as required or as optional, never both. */
export type Necessity =
  | {
      /** Shows „(Pflichtfeld)“ after the label text. @default false */
      required?: boolean;
      optional?: never;
    }
  | {
      required?: never;
      /** Shows „(optional)“ after the label text; often better than marking required fields. @default false */
      optional?: boolean;
    };

/**
 * The visible „(Pflichtfeld)“ / „(optional)“ marker after a label or legend text (classes from
 * label.css). Renders nothing when neither is set.
 */
export function NecessityMarker({
  required = false,
  optional = false,
  locale,
}: {
  required?: boolean | undefined;
  optional?: boolean | undefined;
  locale?: Locale | undefined;
}) {
  const markers = textsFor(MARKERS, locale);
  if (required) {
    return (
      <>
        {' '}
        <span className="sk-label__required">{markers.required}</span>
      </>
    );
  }
  if (optional) {
    return (
      <>
        {' '}
        <span className="sk-label__optional">{markers.optional}</span>
      </>
    );
  }
  return null;
}

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
      <NecessityMarker required={required} optional={optional} locale={locale} />
    </label>
  );
});
Label.displayName = 'Label';
