import type { ReactNode } from 'react';
import { inLocale } from '../locale/messages.js';
import type { Locale } from '../locale/messages.js';

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
 * The visible „(Pflichtfeld)“ / „(optional)“ marker after a label (Label, FormField) or legend
 * (Fieldset and the groups built on it), with the classes of label.css; null when neither is set. A
 * plain function, not a component: it runs inside their render without a component layer of its own.
 */
export function necessityMarker(
  required: boolean | undefined,
  optional: boolean | undefined,
  locale: Locale | undefined,
): ReactNode {
  // „(optional)“ is the same word in both languages.
  return required || optional ? (
    <>
      {' '}
      <span className={required ? 'sk-label__required' : 'sk-label__optional'}>
        {required ? inLocale(locale, '(Pflichtfeld)', '(required)') : '(optional)'}
      </span>
    </>
  ) : null;
}
