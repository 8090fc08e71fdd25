import { normalizeInput } from '../internal/normalize.js';
import { invalid, valid } from '../result.js';
import type { CommonCode, ValidationResult } from '../result.js';

export type PostalCodeCode = CommonCode | 'invalid-format' | 'not-allocated';

/** Leading digit pairs (Leitregionen) that Deutsche Post has not allocated. */
const UNALLOCATED_REGIONS = new Set(['00', '05', '43', '62']);

/**
 * Validates a German postal code (Postleitzahl): five digits whose first two digits are an
 * allocated postal region (01–99 except 05, 43 and 62).
 * @returns the five digits.
 */
export function validatePostalCode(input: unknown): ValidationResult<string, PostalCodeCode> {
  const clean = normalizeInput(input, {
    maxLength: 5,
    stripSpaces: true,
    empty: { de: 'Geben Sie Ihre Postleitzahl ein.', en: 'Enter your postcode.' },
  });
  if (!clean.ok) return clean.failure;
  const code = typeof input === 'number' ? clean.text.padStart(5, '0') : clean.text;
  if (!/^[0-9]{5}$/.test(code)) {
    return invalid(
      'invalid-format',
      'Eine Postleitzahl besteht aus 5 Ziffern, zum Beispiel 80331.',
      'A German postcode has 5 digits, for example 80331.',
    );
  }
  if (UNALLOCATED_REGIONS.has(code.slice(0, 2))) {
    return invalid(
      'not-allocated',
      `Postleitzahlen beginnen nicht mit ${code.slice(0, 2)}. Prüfen Sie die Postleitzahl.`,
      `German postcodes do not start with ${code.slice(0, 2)}. Check the postcode.`,
    );
  }
  return valid(code);
}
