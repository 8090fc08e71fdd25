import type { ReactNode } from 'react';
import { inLocale } from '../locale/messages.js';
import type { Locale } from '../locale/messages.js';

/**
 * The markup of Hint and of ErrorMessage, as FormField and Fieldset render them: plain elements in
 * their place, without a component layer of their own (less code in the bundle, less work on the
 * server). null when there is no text.
 */
export function hintElement(id: string | undefined, hint: ReactNode): ReactNode {
  return hint ? (
    <div className="sk-hint" id={id}>
      {hint}
    </div>
  ) : null;
}

export function errorElement(
  id: string | undefined,
  error: ReactNode,
  locale: Locale | undefined,
): ReactNode {
  return error ? (
    <p className="sk-error-message" id={id}>
      <span className="sk-error-message__prefix">{inLocale(locale, 'Fehler: ', 'Error: ')}</span>
      {error}
    </p>
  ) : null;
}
