import type { ReactNode } from 'react';
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
 * The visible „(Pflichtfeld)“ / „(optional)“ marker after a label (Label, FormField) or legend
 * (Fieldset and the groups built on it), with the classes of label.css; null when neither is set. A
 * plain function, not a component: it runs inside their render without a component layer of its own.
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
