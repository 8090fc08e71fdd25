import { iso7064Mod1110 } from '../internal/check-digits.js';
import { normalizeInput } from '../internal/normalize.js';
import { invalid, valid } from '../result.js';
import type { CommonCode, ValidationResult } from '../result.js';

export type TaxIdCode =
  CommonCode | 'invalid-format' | 'leading-zero' | 'invalid-digit-pattern' | 'invalid-checksum';

/**
 * The digit-repetition rule of the first ten digits: exactly one digit occurs twice or three times,
 * every other digit at most once, and a digit never stands three times in a row.
 */
export function hasValidTaxIdDigitPattern(first10: string): boolean {
  const counts = new Map<string, number>();
  for (const d of first10) counts.set(d, (counts.get(d) ?? 0) + 1);
  const repeated = [...counts.values()].filter((n) => n > 1);
  if (repeated.length !== 1) return false;
  const times = repeated[0] ?? 0;
  if (times > 3) return false;
  return !/(\d)\1\1/.test(first10);
}

/**
 * Validates a German tax identification number (Steuerliche Identifikationsnummer, § 139b AO):
 * 11 digits, the first not 0, the digit-repetition rule, and the check digit per ISO 7064 MOD 11,10.
 * Accepts spaces (e.g. `86 095 742 719`).
 * @returns the 11 digits.
 */
export function validateTaxId(input: unknown): ValidationResult<string, TaxIdCode> {
  const clean = normalizeInput(input, {
    maxLength: 11,
    stripSpaces: true,
    empty: {
      de: 'Geben Sie Ihre Steuer-Identifikationsnummer ein.',
      en: 'Enter your tax identification number.',
    },
  });
  if (!clean.ok) return clean.failure;
  const id = clean.text;
  if (!/^[0-9]{11}$/.test(id)) {
    return invalid(
      'invalid-format',
      'Die Steuer-Identifikationsnummer besteht aus 11 Ziffern. Sie steht zum Beispiel auf Ihrem Einkommensteuerbescheid.',
      'The tax identification number has 11 digits. You can find it on your income tax assessment, for example.',
    );
  }
  if (id.startsWith('0')) {
    return invalid(
      'leading-zero',
      'Die Steuer-Identifikationsnummer beginnt nie mit 0. Prüfen Sie die erste Ziffer.',
      'The tax identification number never starts with 0. Check the first digit.',
    );
  }
  if (!hasValidTaxIdDigitPattern(id.slice(0, 10))) {
    return invalid(
      'invalid-digit-pattern',
      'Diese Steuer-Identifikationsnummer gibt es nicht. Prüfen Sie jede Ziffer.',
      'This tax identification number does not exist. Check every digit.',
    );
  }
  if (iso7064Mod1110(id.slice(0, 10)) !== Number(id[10])) {
    return invalid(
      'invalid-checksum',
      'Die Steuer-Identifikationsnummer ist nicht korrekt. Prüfen Sie jede Ziffer.',
      'The tax identification number is not correct. Check every digit.',
    );
  }
  return valid(id);
}
