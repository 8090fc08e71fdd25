import { normalizeInput } from '../internal/normalize.js';
import { invalid, valid } from '../result.js';
import type { CommonCode, Invalid, ValidationResult } from '../result.js';
import { isDistrictCode } from './license-plate-districts.js';

export type LicensePlateCode =
  | CommonCode
  | 'invalid-characters'
  | 'invalid-format'
  | 'leading-zero'
  | 'unknown-district'
  | 'ambiguous';

/** Spaces (NFKC has already turned no-break spaces into spaces), hyphens, dashes and the minus sign. */
const SEPARATORS = /[\s\u2010-\u2015\u2212-]+/g;
const ALLOWED = /^[A-Za-zÄÖÜäöü0-9\s\u2010-\u2015\u2212-]*$/;

/**
 * Letters (district code and Erkennungsnummer together), then the digits, then an optional E
 * (electric vehicle, § 11 FZV) or H (historic vehicle, § 10 Abs. 1 FZV).
 */
const STRUCTURE = /^([A-ZÄÖÜ]+)([0-9]+)([EH]?)$/;

/**
 * At most 8 letters and digits on a plate, 7 before an E or H (FZV Anlage 4 Abschnitt 1 Nr. 4,
 * Abschnitt 4 Nr. 4 and Abschnitt 5a for one-line plates).
 */
const MAX_CHARACTERS = 8;
const MAX_CHARACTERS_WITH_SUFFIX = 7;

const EXAMPLE = { de: 'zum Beispiel M-AB 1234', en: 'for example M-AB 1234' };

const invalidFormat = (): Invalid<'invalid-format'> =>
  invalid(
    'invalid-format',
    `Geben Sie das Kennzeichen so ein, wie es auf dem Schild steht: das Ortskürzel mit 1 bis 3 Buchstaben, dann 1 oder 2 Buchstaben und 1 bis 4 Ziffern, ${EXAMPLE.de}.`,
    `Enter the number plate as it is shown on the plate: the area code of 1 to 3 letters, then 1 or 2 letters and 1 to 4 numbers, ${EXAMPLE.en}.`,
  );

const tooLong = (count?: number, suffix?: string): Invalid<'too-long'> => {
  const entered =
    count === undefined
      ? { de: '', en: '' }
      : { de: ` Sie haben ${count} eingegeben.`, en: ` You entered ${count}.` };
  return suffix
    ? invalid(
        'too-long',
        `Ein Kennzeichen mit ${suffix} am Ende hat davor höchstens ${MAX_CHARACTERS_WITH_SUFFIX} Buchstaben und Ziffern.${entered.de}`,
        `A number plate ending in ${suffix} has at most ${MAX_CHARACTERS_WITH_SUFFIX} letters and numbers before the ${suffix}.${entered.en}`,
      )
    : invalid(
        'too-long',
        `Ein Kennzeichen hat höchstens ${MAX_CHARACTERS} Buchstaben und Ziffern.${entered.de}`,
        `A number plate has at most ${MAX_CHARACTERS} letters and numbers.${entered.en}`,
      );
};

/**
 * Validates a German number plate (Kfz-Kennzeichen, FZV): a district code (Unterscheidungszeichen)
 * of 1–3 letters from the list of codes in use, 1 or 2 letters without umlauts, 1 to 4 digits
 * without a leading zero, optionally E (electric) or H (historic); at most 8 letters and digits,
 * 7 before an E or H. Accepts lower case and any run of spaces, hyphens or dashes as separator.
 * Without a separator after the district code the plate must split into a known code in one way
 * only („MAB 123“ could be M-AB or MA-B: code `ambiguous`).
 * @returns the plate as `M-AB 1234` (district code, hyphen, letters, space, digits, E or H directly
 * after the digits: `M-AB 1234E`).
 */
export function validateLicensePlate(input: unknown): ValidationResult<string, LicensePlateCode> {
  const clean = normalizeInput(input, {
    maxLength: 24,
    empty: {
      de: 'Geben Sie das Kennzeichen Ihres Fahrzeugs ein.',
      en: 'Enter the number plate of your vehicle.',
    },
  });
  if (!clean.ok) return clean.failure.code === 'too-long' ? tooLong() : clean.failure;
  if (!ALLOWED.test(clean.text)) {
    return invalid(
      'invalid-characters',
      'Ein Kennzeichen besteht nur aus Buchstaben und Ziffern. Lassen Sie andere Zeichen weg; Leerzeichen und Bindestriche sind erlaubt.',
      'A number plate only has letters and numbers. Leave out any other characters; spaces and hyphens are fine.',
    );
  }

  // Groups as typed, and where a separator stood between them (as positions in the joined text).
  const groups = clean.text.toUpperCase().split(SEPARATORS).filter(Boolean);
  const text = groups.join('');
  const breaks = new Set<number>();
  let position = 0;
  for (const group of groups.slice(0, -1)) {
    position += group.length;
    breaks.add(position);
  }

  const match = STRUCTURE.exec(text);
  if (!match) return invalidFormat();
  const [, letters = '', digits = '', suffix = ''] = match;

  if (digits.startsWith('0')) {
    return invalid(
      'leading-zero',
      'Die Zahl auf einem Kennzeichen beginnt nicht mit 0. Prüfen Sie, ob Sie den Buchstaben O meinen.',
      'The number on a number plate does not start with 0. Check whether you mean the letter O.',
    );
  }
  if (digits.length > 4) {
    return invalid(
      'invalid-format',
      `Ein Kennzeichen endet mit höchstens 4 Ziffern. Sie haben ${digits.length} eingegeben.`,
      `A number plate ends with at most 4 numbers. You entered ${digits.length}.`,
    );
  }
  if (letters.length < 2 || letters.length > 5) return invalidFormat();
  // A separator may stand inside the letters (after the district code) but not inside the digits.
  const inLetters = [...breaks].filter((at) => at < letters.length);
  const inDigits = [...breaks].some(
    (at) => at > letters.length && at < letters.length + digits.length,
  );
  if (inDigits || inLetters.length > 1) return invalidFormat();

  const count = letters.length + digits.length;
  if (count > (suffix ? MAX_CHARACTERS_WITH_SUFFIX : MAX_CHARACTERS)) return tooLong(count, suffix);

  // Where the district code can end: after the separator, or wherever 1–3 letters leave 1–2.
  const splits =
    inLetters.length === 1
      ? inLetters
      : [1, 2, 3].filter((at) => letters.length - at >= 1 && letters.length - at <= 2);
  if (splits.some((at) => at < 1 || at > 3 || letters.length - at > 2)) return invalidFormat();
  const withoutUmlauts = splits.filter((at) => !/[ÄÖÜ]/.test(letters.slice(at)));
  if (withoutUmlauts.length === 0) {
    return invalid(
      'invalid-format',
      'Ä, Ö und Ü kommen nur im Ortskürzel vor, nicht in den Buchstaben danach. Prüfen Sie das Kennzeichen.',
      'Ä, Ö and Ü only occur in the area code, not in the letters after it. Check the number plate.',
    );
  }
  const known = withoutUmlauts.filter((at) => isDistrictCode(letters.slice(0, at)));
  const plate = (at: number) => `${letters.slice(0, at)}-${letters.slice(at)} ${digits}${suffix}`;

  const [only, second] = known;
  if (only === undefined) {
    const [district] = withoutUmlauts.length === 1 ? withoutUmlauts : [];
    return district === undefined
      ? invalid(
          'unknown-district',
          'Das Kennzeichen beginnt nicht mit dem Ortskürzel einer deutschen Zulassungsstelle. Prüfen Sie die ersten Buchstaben.',
          'The number plate does not start with the area code of a German registration office. Check the first letters.',
        )
      : invalid(
          'unknown-district',
          `„${letters.slice(0, district)}“ ist kein Ortskürzel einer deutschen Zulassungsstelle. Prüfen Sie die ersten Buchstaben des Kennzeichens.`,
          `“${letters.slice(0, district)}” is not the area code of a German registration office. Check the first letters of the number plate.`,
        );
  }
  if (second !== undefined) {
    return invalid(
      'ambiguous',
      `Meinen Sie ${plate(only)} oder ${plate(second)}? Geben Sie nach dem Ortskürzel einen Bindestrich oder ein Leerzeichen ein.`,
      `Do you mean ${plate(only)} or ${plate(second)}? Enter a hyphen or a space after the area code.`,
    );
  }
  return valid(plate(only));
}
