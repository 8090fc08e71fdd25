import { normalizeInput } from '../internal/normalize.js';
import { invalid, valid } from '../result.js';
import type { CommonCode, ValidationResult } from '../result.js';

export type BicCode = CommonCode | 'wrong-length' | 'invalid-format' | 'unknown-country';

/** ISO 3166-1 alpha-2 country codes (assigned), plus XK (Kosovo), which SWIFT uses. */
const COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
    'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
    'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
    'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
    'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
  ).split(' '),
);

/**
 * Validates a BIC (ISO 9362): 4 letters for the institution, 2 for a valid country code, 2 letters or
 * digits for the location and optionally 3 for the branch. Accepts spaces and lower case.
 * @returns the BIC in upper case without spaces.
 */
export function validateBic(input: unknown): ValidationResult<string, BicCode> {
  const clean = normalizeInput(input, {
    maxLength: 11,
    stripSpaces: true,
    empty: { de: 'Geben Sie die BIC Ihrer Bank ein.', en: "Enter your bank's BIC." },
  });
  if (!clean.ok) return clean.failure;
  const bic = clean.text.toUpperCase();
  if (bic.length !== 8 && bic.length !== 11) {
    return invalid(
      'wrong-length',
      `Eine BIC hat 8 oder 11 Zeichen. Sie haben ${bic.length} eingegeben.`,
      `A BIC has 8 or 11 characters. You entered ${bic.length}.`,
    );
  }
  if (!/^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/.test(bic)) {
    return invalid(
      'invalid-format',
      'Die BIC hat nicht den richtigen Aufbau: 6 Buchstaben, dann 2 oder 5 Buchstaben oder Ziffern, zum Beispiel COBADEFFXXX.',
      'The BIC does not have the right structure: 6 letters, then 2 or 5 letters or numbers, for example COBADEFFXXX.',
    );
  }
  if (!COUNTRIES.has(bic.slice(4, 6))) {
    return invalid(
      'unknown-country',
      `Die Zeichen 5 und 6 der BIC müssen ein Ländercode sein, zum Beispiel DE. „${bic.slice(4, 6)}“ ist keiner.`,
      `Characters 5 and 6 of the BIC must be a country code, for example DE. "${bic.slice(4, 6)}" is not one.`,
    );
  }
  return valid(bic);
}
