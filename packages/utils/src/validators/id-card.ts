import { icao731 } from '../internal/check-digits.js';
import { normalizeInput } from '../internal/normalize.js';
import { invalid, valid } from '../result.js';
import type { CommonCode, ValidationResult } from '../result.js';

export type IdCardNumberCode =
  CommonCode | 'wrong-length' | 'invalid-characters' | 'invalid-checksum' | 'check-digit-required';

export interface IdCardNumberOptions {
  /**
   * Require the check digit (10 characters, as in the machine-readable zone). Without it, the
   * 9-character number printed on the front of the card is accepted and only its characters are checked.
   * @default false
   */
  readonly requireCheckDigit?: boolean;
}

/** Characters of German ID card numbers: digits and consonants without B, D, Q and S. */
const ALLOWED = /^[CFGHJKLMNPRTVWXYZ0-9]+$/;

/**
 * Validates the document number of a German identity card (Personalausweis, since 2010):
 * 9 characters from the allowed set, optionally followed by the check digit (ICAO 9303, weights 7-3-1).
 * Accepts lower case and spaces.
 * @returns the 9-character document number (the check digit, if given, is verified and dropped).
 */
export function validateIdCardNumber(
  input: unknown,
  options: IdCardNumberOptions = {},
): ValidationResult<string, IdCardNumberCode> {
  const clean = normalizeInput(input, {
    maxLength: 10,
    stripSpaces: true,
    empty: { de: 'Geben Sie die Ausweisnummer ein.', en: 'Enter the ID card number.' },
  });
  if (!clean.ok) return clean.failure;
  const text = clean.text.toUpperCase();
  if (text.length !== 9 && text.length !== 10) {
    return invalid(
      'wrong-length',
      'Die Ausweisnummer hat 9 Zeichen. Sie steht oben rechts auf der Vorderseite Ihres Ausweises.',
      'The ID card number has 9 characters. It is at the top right on the front of your ID card.',
    );
  }
  const number = text.slice(0, 9);
  if (!ALLOWED.test(number) || !/^[0-9]?$/.test(text.slice(9))) {
    return invalid(
      'invalid-characters',
      'Die Ausweisnummer enthält nur Ziffern und die Buchstaben C, F, G, H, J, K, L, M, N, P, R, T, V, W, X, Y und Z. Ein „O“ ist immer eine Null.',
      'The ID card number only contains digits and the letters C, F, G, H, J, K, L, M, N, P, R, T, V, W, X, Y and Z. An "O" is always a zero.',
    );
  }
  if (text.length === 9) {
    if (options.requireCheckDigit === true) {
      return invalid(
        'check-digit-required',
        'Geben Sie auch die Prüfziffer ein: die Ziffer nach der Ausweisnummer in der unteren Zeile auf der Rückseite.',
        'Also enter the check digit: the digit after the ID card number in the bottom lines on the back.',
      );
    }
    return valid(number);
  }
  if (icao731(number) !== Number(text[9])) {
    return invalid(
      'invalid-checksum',
      'Die Ausweisnummer oder die Prüfziffer ist nicht korrekt. Prüfen Sie jedes Zeichen.',
      'The ID card number or its check digit is not correct. Check every character.',
    );
  }
  return valid(number);
}
