import { normalizeInput } from '../internal/normalize.js';
import { invalid, valid } from '../result.js';
import type { CommonCode, ValidationResult } from '../result.js';

export type MunicipalityKeyCode = CommonCode | 'invalid-format' | 'unknown-state';

/** The 16 Länder of the Federal Republic, by their key (01 Schleswig-Holstein … 16 Thüringen). */
export const STATE_KEYS: Readonly<Record<string, string>> = {
  '01': 'Schleswig-Holstein',
  '02': 'Hamburg',
  '03': 'Niedersachsen',
  '04': 'Bremen',
  '05': 'Nordrhein-Westfalen',
  '06': 'Hessen',
  '07': 'Rheinland-Pfalz',
  '08': 'Baden-Württemberg',
  '09': 'Bayern',
  '10': 'Saarland',
  '11': 'Berlin',
  '12': 'Brandenburg',
  '13': 'Mecklenburg-Vorpommern',
  '14': 'Sachsen',
  '15': 'Sachsen-Anhalt',
  '16': 'Thüringen',
};

function validateKey(
  input: unknown,
  digits: number,
  name: { de: string; en: string },
  example: string,
): ValidationResult<string, MunicipalityKeyCode> {
  const clean = normalizeInput(input, {
    maxLength: digits,
    stripSpaces: true,
    empty: { de: `Geben Sie den ${name.de} ein.`, en: `Enter the ${name.en}.` },
  });
  if (!clean.ok) return clean.failure;
  const key = typeof input === 'number' ? clean.text.padStart(digits, '0') : clean.text;
  if (!new RegExp(`^[0-9]{${digits}}$`).test(key)) {
    return invalid(
      'invalid-format',
      `Der ${name.de} besteht aus ${digits} Ziffern, zum Beispiel ${example}.`,
      `The ${name.en} has ${digits} digits, for example ${example}.`,
    );
  }
  if (STATE_KEYS[key.slice(0, 2)] === undefined) {
    return invalid(
      'unknown-state',
      `Die ersten beiden Ziffern des ${name.de.replace(/^(\S+)/, '$1s')} stehen für das Land und liegen zwischen 01 und 16.`,
      `The first two digits of the ${name.en} stand for the state and are between 01 and 16.`,
    );
  }
  return valid(key);
}

/**
 * Validates an official municipality key (Amtlicher Gemeindeschlüssel, AGS): 8 digits, the first two
 * a Land key from 01 to 16. Example: 09162000 (München).
 */
export function validateMunicipalityKey(
  input: unknown,
): ValidationResult<string, MunicipalityKeyCode> {
  return validateKey(input, 8, { de: 'Gemeindeschlüssel', en: 'municipality key' }, '09162000');
}

/**
 * Validates a regional key (Amtlicher Regionalschlüssel, ARS): 12 digits, the first two a Land key
 * from 01 to 16. Example: 091620000000 (München).
 */
export function validateRegionalKey(input: unknown): ValidationResult<string, MunicipalityKeyCode> {
  return validateKey(input, 12, { de: 'Regionalschlüssel', en: 'regional key' }, '091620000000');
}
