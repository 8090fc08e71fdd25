import { normalizeInput } from '../internal/normalize.js';
import { invalid, valid } from '../result.js';
import type { CommonCode, ValidationResult } from '../result.js';

export type EmailCode = CommonCode | 'missing-at' | 'invalid-format';

/**
 * "Valid e-mail address" as defined by the HTML Living Standard (the rule browsers apply to
 * `<input type="email">`), written without nested quantifiers so it runs in linear time.
 */
const HTML_EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/**
 * Validates an e-mail address per the HTML specification's definition of a valid e-mail address,
 * with at most 254 characters (the SMTP limit). Surrounding spaces are removed.
 * @returns the address as entered, trimmed.
 */
export function validateEmail(input: unknown): ValidationResult<string, EmailCode> {
  const clean = normalizeInput(input, {
    maxLength: 254,
    empty: { de: 'Geben Sie eine E-Mail-Adresse ein.', en: 'Enter an email address.' },
  });
  if (!clean.ok) return clean.failure;
  const email = clean.text;
  if (!email.includes('@')) {
    return invalid(
      'missing-at',
      'Eine E-Mail-Adresse enthält ein @-Zeichen, zum Beispiel name@beispiel.de.',
      'An email address contains an @ sign, for example name@example.com.',
    );
  }
  if (!HTML_EMAIL.test(email)) {
    return invalid(
      'invalid-format',
      'Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@beispiel.de.',
      'Enter an email address in the correct format, like name@example.com.',
    );
  }
  return valid(email);
}
