import { iso7064Mod1110 } from '../internal/check-digits.js';
import { normalizeInput } from '../internal/normalize.js';
import { invalid, valid } from '../result.js';
import type { CommonCode, ValidationResult } from '../result.js';

export type VatIdCode = CommonCode | 'invalid-format' | 'invalid-checksum';

/**
 * Validates a German VAT identification number (Umsatzsteuer-Identifikationsnummer): `DE` followed
 * by 9 digits, the last a check digit per ISO 7064 MOD 11,10. Accepts spaces and lower case.
 * @returns the number in the form `DE123456789`.
 */
export function validateVatId(input: unknown): ValidationResult<string, VatIdCode> {
  const clean = normalizeInput(input, {
    maxLength: 11,
    stripSpaces: true,
    empty: {
      de: 'Geben Sie Ihre Umsatzsteuer-Identifikationsnummer ein.',
      en: 'Enter your VAT number.',
    },
  });
  if (!clean.ok) return clean.failure;
  const id = clean.text.toUpperCase();
  if (!/^DE[0-9]{9}$/.test(id)) {
    return invalid(
      'invalid-format',
      'Eine deutsche Umsatzsteuer-Identifikationsnummer beginnt mit DE, gefolgt von 9 Ziffern, zum Beispiel DE123456788.',
      'A German VAT number starts with DE, followed by 9 digits, for example DE123456788.',
    );
  }
  if (iso7064Mod1110(id.slice(2, 10)) !== Number(id[10])) {
    return invalid(
      'invalid-checksum',
      'Die Umsatzsteuer-Identifikationsnummer ist nicht korrekt. Prüfen Sie jede Ziffer.',
      'The VAT number is not correct. Check every digit.',
    );
  }
  return valid(id);
}
