import { forwardRef } from 'react';
import type { LabelHTMLAttributes, ReactNode } from 'react';
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
 * label.css); null when neither is set. A plain function, not a component: it runs inside the render of
 * Label and Fieldset without a component layer of its own.
 */
export function necessityMarker(
  required: boolean | undefined,
  optional: boolean | undefined,
  locale: Locale | undefined,
): ReactNode {
  const kind = required ? 'required' : optional ? 'optional' : undefined;
  if (kind === undefined) return null;
  return (
    <>
      {' '}
      <span className={`sk-label__${kind}`}>{textsFor(MARKERS, locale)[kind]}</span>
    </>
  );
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
      {necessityMarker(required, optional, locale)}
    </label>
  );
});
if (process.env.NODE_ENV !== 'production') Label.displayName = 'Label';
