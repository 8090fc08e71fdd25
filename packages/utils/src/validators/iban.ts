import { mod97 } from '../internal/check-digits.js';
import { normalizeInput } from '../internal/normalize.js';
import { invalid, valid } from '../result.js';
import type { CommonCode, ValidationResult } from '../result.js';

export type IbanCode =
  | CommonCode
  | 'invalid-characters'
  | 'unknown-country'
  | 'wrong-length'
  | 'invalid-format'
  | 'invalid-checksum';

/**
 * BBAN structure of every SEPA country, from the SWIFT IBAN registry: `n` digits, `a` upper-case
 * letters, `c` letters or digits, each with a count. The IBAN length is 4 + the BBAN length.
 */
export const SEPA_BBAN: Readonly<Record<string, string>> = {
  AD: '4n4n12c',
  AL: '8n16c',
  AT: '16n',
  BE: '12n',
  BG: '4a6n8c',
  CH: '5n12c',
  CY: '8n16c',
  CZ: '20n',
  DE: '18n',
  DK: '14n',
  EE: '16n',
  ES: '20n',
  FI: '14n',
  FR: '10n11c2n',
  GB: '4a14n',
  GI: '4a15c',
  GR: '7n16c',
  HR: '17n',
  HU: '24n',
  IE: '4a14n',
  IS: '22n',
  IT: '1a10n12c',
  LI: '5n12c',
  LT: '16n',
  LU: '3n13c',
  LV: '4a13c',
  MC: '10n11c2n',
  MD: '20c',
  ME: '18n',
  MK: '3n10c2n',
  MT: '4a5n18c',
  NL: '4a10n',
  NO: '11n',
  PL: '24n',
  PT: '21n',
  RO: '4a16c',
  SE: '20n',
  SI: '15n',
  SK: '20n',
  SM: '1a10n12c',
  VA: '18n',
};

const CLASS: Record<string, string> = { n: '[0-9]', a: '[A-Z]', c: '[A-Z0-9]' };
const patterns = new Map<string, { length: number; pattern: RegExp }>();

/** IBAN length and BBAN pattern of a SEPA country, or undefined. */
export function ibanSpec(country: string): { length: number; pattern: RegExp } | undefined {
  const structure = SEPA_BBAN[country];
  if (structure === undefined) return undefined;
  let spec = patterns.get(country);
  if (!spec) {
    let length = 4;
    let source = '';
    for (const [, count, kind] of structure.matchAll(/(\d+)([nac])/g)) {
      length += Number(count);
      source += `${CLASS[kind ?? 'c'] ?? ''}{${count ?? '0'}}`;
    }
    spec = { length, pattern: new RegExp(`^${source}$`) };
    patterns.set(country, spec);
  }
  return spec;
}

/**
 * Validates an IBAN of a SEPA country (ISO 13616): country code, length and BBAN structure per the
 * SWIFT IBAN registry, and the ISO 7064 MOD 97-10 check digits. Accepts spaces and lower case.
 * @returns the IBAN in electronic format (upper case, no spaces), e.g. `DE89370400440532013000`.
 */
export function validateIban(input: unknown): ValidationResult<string, IbanCode> {
  const clean = normalizeInput(input, {
    maxLength: 34,
    stripSpaces: true,
    empty: { de: 'Geben Sie Ihre IBAN ein.', en: 'Enter your IBAN.' },
  });
  if (!clean.ok) return clean.failure;
  const iban = clean.text.toUpperCase();
  if (!/^[A-Z0-9]+$/.test(iban)) {
    return invalid(
      'invalid-characters',
      'Die IBAN darf nur Buchstaben und Ziffern enthalten.',
      'An IBAN can only contain letters and numbers.',
    );
  }
  const country = iban.slice(0, 2);
  const spec = ibanSpec(country);
  if (!/^[A-Z]{2}[0-9]{2}/.test(iban) || spec === undefined) {
    return invalid(
      'unknown-country',
      'Die IBAN muss mit dem Ländercode eines SEPA-Landes und zwei Prüfziffern beginnen, zum Beispiel DE89.',
      'The IBAN must start with the country code of a SEPA country and two check digits, for example DE89.',
    );
  }
  if (iban.length !== spec.length) {
    return invalid(
      'wrong-length',
      `Eine IBAN mit dem Ländercode ${country} hat ${spec.length} Zeichen. Sie haben ${iban.length} eingegeben.`,
      `An IBAN with the country code ${country} has ${spec.length} characters. You entered ${iban.length}.`,
    );
  }
  if (!spec.pattern.test(iban.slice(4))) {
    return invalid(
      'invalid-format',
      `Die IBAN hat nicht den Aufbau einer IBAN mit dem Ländercode ${country}. Prüfen Sie, ob Sie Buchstaben und Ziffern verwechselt haben.`,
      `The IBAN does not have the structure of an IBAN with the country code ${country}. Check that you have not mixed up letters and numbers.`,
    );
  }
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) {
    return invalid(
      'invalid-checksum',
      'Die IBAN ist nicht korrekt. Prüfen Sie jede Stelle, zum Beispiel mit Ihrer Bankkarte oder Ihrem Kontoauszug.',
      'The IBAN is not correct. Check every character, for example against your bank card or bank statement.',
    );
  }
  return valid(iban);
}
