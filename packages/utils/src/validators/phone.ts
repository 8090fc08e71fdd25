import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { CountryCode } from 'libphonenumber-js/min';
import { normalizeInput } from '../internal/normalize.js';
import { invalid, valid } from '../result.js';
import type { CommonCode, ValidationResult } from '../result.js';

export type PhoneNumberCode = CommonCode | 'invalid-characters' | 'invalid-number';

export interface PhoneNumberOptions {
  /**
   * Country for numbers without an international prefix (`089 …`, `0176 …`).
   * @default 'DE'
   */
  readonly defaultCountry?: CountryCode;
}

/**
 * Validates a phone number in German (`089 123456`, `0176 1234567`, `(089) 12 34 56`) or international
 * notation (`+49 89 123456`, `0049 89 123456`, `+43 1 234567`) with the number plans of
 * libphonenumber-js (Google's libphonenumber metadata, "min" set).
 * @returns the number in E.164 format, e.g. `+4989123456`.
 */
export function validatePhoneNumber(
  input: unknown,
  options: PhoneNumberOptions = {},
): ValidationResult<string, PhoneNumberCode> {
  const clean = normalizeInput(input, {
    maxLength: 40,
    empty: { de: 'Geben Sie eine Telefonnummer ein.', en: 'Enter a phone number.' },
  });
  if (!clean.ok) return clean.failure;
  let text = clean.text;
  if (!/^[+0-9\s()./-]+$/.test(text)) {
    return invalid(
      'invalid-characters',
      'Eine Telefonnummer darf nur Ziffern, Leerzeichen und die Zeichen + ( ) / - enthalten.',
      'A phone number can only contain digits, spaces and the characters + ( ) / -.',
    );
  }
  if (text.startsWith('00')) text = `+${text.slice(2)}`;
  const parsed = parsePhoneNumberFromString(text, options.defaultCountry ?? 'DE');
  if (!parsed?.isValid()) {
    return invalid(
      'invalid-number',
      'Die Telefonnummer ist nicht gültig. Geben Sie die Nummer mit Vorwahl ein, zum Beispiel 089 123456 oder +49 89 123456.',
      'The phone number is not valid. Enter the number with its area code, for example 089 123456 or +49 89 123456.',
    );
  }
  return valid(parsed.number);
}
