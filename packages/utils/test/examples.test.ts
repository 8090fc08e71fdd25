// Example-based tests against published example values (IBAN registry examples, the specimen
// ID card, official municipality keys) and hand-checked edge cases.
import { describe, expect, it } from 'vitest';
import {
  validateBic,
  validateDate,
  validateDateParts,
  validateEmail,
  validateIban,
  validateIdCardNumber,
  validateLicensePlate,
  validateMunicipalityKey,
  validatePhoneNumber,
  validatePostalCode,
  validateRegionalKey,
  validateTaxId,
  validateVatId,
} from '../src/index.js';

const code = (r: { valid: boolean; code?: string }) => (r.valid ? 'valid' : r.code);

describe('validateIban', () => {
  // Example IBANs from the SWIFT IBAN registry.
  it.each([
    'DE89370400440532013000',
    'GB29NWBK60161331926819',
    'FR1420041010050500013M02606',
    'AT611904300234573201',
    'BE68539007547034',
    'CH9300762011623852957',
    'NL91ABNA0417164300',
    'NO9386011117947',
    'IT60X0542811101000000123456',
    'ES9121000418450200051332',
    'PL61109010140000071219812874',
    'SE4550000000058398257466',
    'DK5000400440116243',
    'FI2112345600000785',
    'LU280019400644750000',
    'MT84MALT011000012345MTLCAST001S',
  ])('accepts %s', (iban) => {
    expect(validateIban(iban)).toEqual({ valid: true, value: iban });
  });

  it('accepts spaces and lower case and normalises to the electronic format', () => {
    expect(validateIban(' de89 3704 0044 0532 0130 00 ')).toEqual({
      valid: true,
      value: 'DE89370400440532013000',
    });
  });

  it('folds full-width characters and drops zero-width ones', () => {
    expect(validateIban('ＤＥ８９\u200B3704 0044 0532 0130 00')).toEqual({
      valid: true,
      value: 'DE89370400440532013000',
    });
  });

  it.each([
    ['DE89370400440532013001', 'invalid-checksum'],
    ['DE8937040044053201300', 'wrong-length'],
    ['XX89370400440532013000', 'unknown-country'],
    ['US12345678901234567890', 'unknown-country'],
    ['DE89 3704 0044 0532 0130 0A', 'invalid-format'],
    ['DE89-3704-0044!0532013000', 'invalid-characters'],
    ['DЕ89370400440532013000', 'invalid-characters'], // Cyrillic Е
    ['', 'empty'],
    [null, 'empty'],
    [{ iban: 'DE89' }, 'invalid-type'],
    ['D'.repeat(1000), 'too-long'],
  ])('rejects %j with %s', (input, expected) => {
    expect(code(validateIban(input))).toBe(expected);
  });

  it('says in German and English what is wrong', () => {
    const result = validateIban('DE8937040044053201300');
    expect(result).toMatchObject({
      valid: false,
      code: 'wrong-length',
      message: {
        de: 'Eine IBAN mit dem Ländercode DE hat 22 Zeichen. Sie haben 21 eingegeben.',
        en: 'An IBAN with the country code DE has 22 characters. You entered 21.',
      },
    });
  });
});

describe('validateBic', () => {
  it.each(['COBADEFFXXX', 'DEUTDEFF', 'deut de ff 500', 'MARKDEF1100'])('accepts %s', (bic) => {
    expect(validateBic(bic).valid).toBe(true);
  });
  it.each([
    ['COBADEFFXX', 'wrong-length'],
    ['COBA1EFFXXX', 'invalid-format'],
    ['COBAQQFFXXX', 'unknown-country'],
  ])('rejects %s with %s', (bic, expected) => {
    expect(code(validateBic(bic))).toBe(expected);
  });
});

describe('validatePostalCode', () => {
  it.each(['80331', '20095', '24103', '01067', '99998'])('accepts %s', (plz) => {
    expect(validatePostalCode(plz)).toEqual({ valid: true, value: plz });
  });
  it('accepts a number and restores the leading zero', () => {
    expect(validatePostalCode(1067)).toEqual({ valid: true, value: '01067' });
  });
  it.each([
    ['8033', 'invalid-format'],
    ['803311', 'too-long'],
    ['8O331', 'invalid-format'],
    ['00123', 'not-allocated'],
    ['05123', 'not-allocated'],
    ['43123', 'not-allocated'],
    ['62123', 'not-allocated'],
    ['', 'empty'],
  ])('rejects %s with %s', (plz, expected) => {
    expect(code(validatePostalCode(plz))).toBe(expected);
  });
});

describe('validateTaxId', () => {
  it.each(['86095742719', '65929970489', '57549285017', '25768131411'])('accepts %s', (id) => {
    expect(validateTaxId(id)).toEqual({ valid: true, value: id });
  });
  it('accepts the usual grouping with spaces', () => {
    expect(validateTaxId('86 095 742 719')).toEqual({ valid: true, value: '86095742719' });
  });
  it.each([
    ['86095742718', 'invalid-checksum'],
    ['06095742719', 'leading-zero'],
    ['12345678903', 'invalid-digit-pattern'], // no digit repeated
    ['11111111116', 'invalid-digit-pattern'],
    ['86095742', 'invalid-format'],
  ])('rejects %s with %s', (id, expected) => {
    expect(code(validateTaxId(id))).toBe(expected);
  });
});

describe('validateVatId', () => {
  it.each(['DE136695976', 'de 136 695 976', 'DE123456788'])('accepts %s', (id) => {
    expect(validateVatId(id).valid).toBe(true);
  });
  it.each([
    ['DE136695977', 'invalid-checksum'],
    ['AT136695976', 'invalid-format'],
    ['DE13669597', 'invalid-format'],
  ])('rejects %s with %s', (id, expected) => {
    expect(code(validateVatId(id))).toBe(expected);
  });
});

describe('validateIdCardNumber', () => {
  it('accepts the specimen card number with and without its check digit', () => {
    expect(validateIdCardNumber('T22000129')).toEqual({ valid: true, value: 'T22000129' });
    expect(validateIdCardNumber('t220001293')).toEqual({ valid: true, value: 'T22000129' });
  });
  it.each([
    ['T220001294', 'invalid-checksum'],
    ['T2200012', 'wrong-length'],
    ['T2200O129', 'invalid-characters'],
    ['B22000129', 'invalid-characters'],
  ])('rejects %s with %s', (id, expected) => {
    expect(code(validateIdCardNumber(id))).toBe(expected);
  });
  it('can require the check digit', () => {
    expect(code(validateIdCardNumber('T22000129', { requireCheckDigit: true }))).toBe(
      'check-digit-required',
    );
  });
});

describe('validateMunicipalityKey and validateRegionalKey', () => {
  it.each(['09162000', '02000000', '01002000', '11000000'])('accepts AGS %s', (key) => {
    expect(validateMunicipalityKey(key).valid).toBe(true);
  });
  it.each([
    ['17000000', 'unknown-state'],
    ['00000000', 'unknown-state'],
    ['0916200', 'invalid-format'],
  ])('rejects AGS %s with %s', (key, expected) => {
    expect(code(validateMunicipalityKey(key))).toBe(expected);
  });
  it('checks regional keys (12 digits)', () => {
    expect(validateRegionalKey('091620000000').valid).toBe(true);
    expect(code(validateRegionalKey('09162000'))).toBe('invalid-format');
    expect(code(validateRegionalKey('991620000000'))).toBe('unknown-state');
  });
});

describe('validateDate', () => {
  const today = '2026-11-27';
  it.each([
    ['27.11.2026', '2026-11-27'],
    ['1.7.1990', '1990-07-01'],
    ['29.02.2024', '2024-02-29'],
    ['29.02.2000', '2000-02-29'],
  ])('accepts %s as %s', (input, iso) => {
    expect(validateDate(input)).toEqual({ valid: true, value: iso });
  });
  it.each([
    ['29.02.2023', 'invalid-date'],
    ['29.02.1900', 'invalid-date'],
    ['31.04.2024', 'invalid-date'],
    ['32.01.2024', 'invalid-day'],
    ['00.01.2024', 'invalid-day'],
    ['01.13.2024', 'invalid-month'],
    ['2024-01-01', 'invalid-format'],
    ['1.1.24', 'invalid-format'],
  ])('rejects %s with %s', (input, expected) => {
    expect(code(validateDate(input))).toBe(expected);
  });
  it('names the month and its number of days when the day does not exist', () => {
    expect(validateDate('29.02.2023')).toMatchObject({
      message: {
        de: 'Dieses Datum gibt es nicht: Der Februar 2023 hat 28 Tage.',
        en: 'This date does not exist: February 2023 has 28 days.',
      },
    });
  });
  it.each([
    ['', 'empty', ['day', 'month', 'year']],
    ['2024-01-01', 'invalid-format', ['day', 'month', 'year']],
    ['32.01.2024', 'invalid-day', ['day']],
    ['01.13.2024', 'invalid-month', ['month']],
    ['01.01.0999', 'invalid-year', ['year']],
    ['31.04.2024', 'invalid-date', ['day', 'month', 'year']],
  ] as const)('says which parts of %j are wrong (%s: %j)', (input, expected, fields) => {
    expect(validateDate(input)).toMatchObject({ valid: false, code: expected, fields });
  });
  it.each([
    ['27.11.2026', { past: true, today }, 'not-in-past'],
    ['27.11.2026', { future: true, today }, 'not-in-future'],
    ['01.01.1899', { min: '1900-01-01' }, 'before-min'],
    ['02.01.2030', { max: '2030-01-01' }, 'after-max'],
  ] as const)(
    'marks the whole date when %s is outside the range (%j: %s)',
    (input, options, expected) => {
      expect(validateDate(input, options)).toMatchObject({
        valid: false,
        code: expected,
        fields: ['day', 'month', 'year'],
      });
    },
  );
  it('applies past, future, min and max', () => {
    expect(code(validateDate('27.11.2026', { past: true, today }))).toBe('not-in-past');
    expect(code(validateDate('26.11.2026', { past: true, today }))).toBe('valid');
    expect(code(validateDate('27.11.2026', { future: true, today }))).toBe('not-in-future');
    expect(code(validateDate('01.01.1899', { min: '1900-01-01' }))).toBe('before-min');
    expect(code(validateDate('02.01.2030', { max: new Date(2030, 0, 1) }))).toBe('after-max');
    expect(validateDate('01.01.1899', { min: '1900-01-01' })).toMatchObject({
      message: { de: 'Das Datum darf nicht vor dem 01.01.1900 liegen.' },
    });
  });
});

describe('validateDateParts', () => {
  it('accepts separate fields', () => {
    expect(validateDateParts({ day: '5', month: '11', year: '1985' })).toEqual({
      valid: true,
      value: '1985-11-05',
    });
    expect(validateDateParts({ day: 29, month: 2, year: 2024 })).toEqual({
      valid: true,
      value: '2024-02-29',
    });
  });
  it.each([
    [{ day: '', month: '', year: '' }, 'empty'],
    [{ day: '', month: '11', year: '1985' }, 'missing-day'],
    [{ day: '5', month: ' ', year: '1985' }, 'missing-month'],
    [{ day: '5', month: '11' }, 'missing-year'],
    [{ day: 'x', month: '11', year: '1985' }, 'invalid-day'],
    [{ day: '5', month: '11', year: '85' }, 'invalid-year'],
    [{ day: '31', month: '2', year: '2024' }, 'invalid-date'],
    ['05.11.1985', 'empty'],
  ])('rejects %j with %s', (input, expected) => {
    expect(code(validateDateParts(input))).toBe(expected);
  });
  // GOV.UK: mark only the box with the problem; all three when the date as a whole is wrong.
  const today = '2026-11-27';
  it.each([
    [{ day: '', month: '', year: '' }, {}, 'empty', ['day', 'month', 'year']],
    [null, {}, 'empty', ['day', 'month', 'year']],
    [{ day: '', month: '11', year: '1985' }, {}, 'missing-day', ['day']],
    [{ day: '5', month: '', year: '1985' }, {}, 'missing-month', ['month']],
    [{ day: '5', month: '11', year: '' }, {}, 'missing-year', ['year']],
    [{ day: 'x', month: '11', year: '1985' }, {}, 'invalid-day', ['day']],
    [{ day: '32', month: '11', year: '1985' }, {}, 'invalid-day', ['day']],
    [{ day: '5', month: 'x', year: '1985' }, {}, 'invalid-month', ['month']],
    [{ day: '5', month: '13', year: '1985' }, {}, 'invalid-month', ['month']],
    [{ day: '5', month: '11', year: '85' }, {}, 'invalid-year', ['year']],
    [{ day: '31', month: '2', year: '2024' }, {}, 'invalid-date', ['day', 'month', 'year']],
    [
      { day: '27', month: '11', year: '2026' },
      { past: true, today },
      'not-in-past',
      ['day', 'month', 'year'],
    ],
    [
      { day: '27', month: '11', year: '2026' },
      { future: true, today },
      'not-in-future',
      ['day', 'month', 'year'],
    ],
    [
      { day: '1', month: '1', year: '1899' },
      { min: '1900-01-01' },
      'before-min',
      ['day', 'month', 'year'],
    ],
    [
      { day: '2', month: '1', year: '2030' },
      { max: '2030-01-01' },
      'after-max',
      ['day', 'month', 'year'],
    ],
  ] as const)(
    'says which parts of %j are wrong (%j → %s: %j)',
    (input, options, expected, fields) => {
      expect(validateDateParts(input, options)).toMatchObject({
        valid: false,
        code: expected,
        fields,
      });
    },
  );
  it('gives each result its own list of parts (changing one leaves the next alone)', () => {
    const first = validateDateParts({ day: '31', month: '2', year: '2024' });
    if (!first.valid) first.fields.pop();
    expect(validateDateParts({ day: '31', month: '2', year: '2024' })).toMatchObject({
      fields: ['day', 'month', 'year'],
    });
  });
});

describe('validatePhoneNumber', () => {
  it.each([
    ['089 123456', '+4989123456'],
    ['(089) 12 34 56', '+4989123456'],
    ['+49 89 123456', '+4989123456'],
    ['0049 89 123456', '+4989123456'],
    ['0176 12345678', '+4917612345678'],
    ['+43 1 5131000', '+4315131000'],
  ])('accepts %s as %s', (input, e164) => {
    expect(validatePhoneNumber(input)).toEqual({ valid: true, value: e164 });
  });
  it.each([
    ['12', 'invalid-number'],
    ['089 1234a56', 'invalid-characters'],
    ['+49 0000', 'invalid-number'],
  ])('rejects %s with %s', (input, expected) => {
    expect(code(validatePhoneNumber(input))).toBe(expected);
  });
});

describe('validateEmail (HTML definition)', () => {
  it.each(['name@beispiel.de', 'a.b+c@sub.example.org', "o'brien@example.ie", 'x@localhost'])(
    'accepts %s',
    (email) => {
      expect(validateEmail(email).valid).toBe(true);
    },
  );
  it.each([
    ['name.beispiel.de', 'missing-at'],
    ['name@', 'invalid-format'],
    ['name@-beispiel.de', 'invalid-format'],
    ['na me@beispiel.de', 'invalid-format'],
    ['name@beispiel..de', 'invalid-format'],
    [`${'a'.repeat(250)}@b.de`, 'too-long'],
  ])('rejects %s with %s', (email, expected) => {
    expect(code(validateEmail(email))).toBe(expected);
  });
});

describe('validateLicensePlate', () => {
  it.each([
    'M-AB 1234',
    'HH-Q 1',
    'B-KL 999',
    'LÖ-AB 12', // Lörrach: umlauts occur in district codes
    'TÜ-X 5',
    'ÖHR-A 12', // Öhringen, reintroduced by the Kennzeichenliberalisierung
    'WAT-ZZ 99', // Wattenscheid (Bochum), reintroduced
    'DS-FW 119', // Donaueschingen, issued again since September 2024
    'BR-A 1', // Bruchsal, issued again since 2025
    'ABG-DE 123', // 8 letters and digits: the maximum
  ])('accepts %s', (plate) => {
    expect(validateLicensePlate(plate)).toEqual({ valid: true, value: plate });
  });

  it.each([
    ['M-AB 1234E', 'M-AB 1234E'],
    ['m-ab 1234 e', 'M-AB 1234E'],
    ['S-XY 12H', 'S-XY 12H'],
    ['ABG-D 123H', 'ABG-D 123H'], // 7 before the H: the maximum
  ])('accepts the E or H suffix: %s', (input, value) => {
    expect(validateLicensePlate(input)).toEqual({ valid: true, value });
  });

  it.each([
    [' m ab 1234 ', 'M-AB 1234'],
    ['m-ab-1234', 'M-AB 1234'],
    ['M\u00A0AB\u00A01234', 'M-AB 1234'], // no-break spaces
    ['M – AB 1234', 'M-AB 1234'], // en dash with spaces
    ['M--AB   1234', 'M-AB 1234'],
    ['M AB1234', 'M-AB 1234'],
    ['lö-ab 12', 'LÖ-AB 12'],
    ['LO\u0308 AB 12', 'LÖ-AB 12'], // O and a combining diaeresis
    ['Ｍ－ＡＢ　１２３４', 'M-AB 1234'], // full-width
    ['M-\u200BAB 1234', 'M-AB 1234'], // zero-width space
  ])('normalises %j to %s', (input, value) => {
    expect(validateLicensePlate(input)).toEqual({ valid: true, value });
  });

  it('accepts a plate without a hyphen when only one split names a district', () => {
    expect(validateLicensePlate('LÖAB 12')).toEqual({ valid: true, value: 'LÖ-AB 12' }); // LÖA: none
    expect(validateLicensePlate('HHAB1')).toEqual({ valid: true, value: 'HH-AB 1' }); // HHA: none
    expect(validateLicensePlate('LÖA1')).toEqual({ valid: true, value: 'LÖ-A 1' }); // L-ÖA: umlaut
  });

  it('asks for the hyphen when the plate splits into two districts', () => {
    // M (München) and MA (Mannheim) are both district codes; MAB (Marienberg) too.
    expect(validateLicensePlate('MAB123')).toEqual({
      valid: false,
      code: 'ambiguous',
      message: {
        de: 'Meinen Sie M-AB 123 oder MA-B 123? Geben Sie nach dem Ortskürzel einen Bindestrich oder ein Leerzeichen ein.',
        en: 'Do you mean M-AB 123 or MA-B 123? Enter a hyphen or a space after the area code.',
      },
    });
    expect(validateLicensePlate('MA B123')).toEqual({ valid: true, value: 'MA-B 123' });
    expect(validateLicensePlate('M-AB123')).toEqual({ valid: true, value: 'M-AB 123' });
  });

  it.each([
    [{ plate: 'M-AB 1' }, 'invalid-type'],
    [12.5, 'invalid-type'],
    ['', 'empty'],
    ['  ', 'empty'],
    [null, 'empty'],
    [undefined, 'empty'],
    ['ABC-DE 1234', 'too-long'], // 9 letters and digits
    ['ABG-DE 123H', 'too-long'], // 8 before the H
    ['M'.repeat(1000), 'too-long'],
    ['M-AB 12.34', 'invalid-characters'],
    ['M/AB 1234', 'invalid-characters'],
    ['M-AB 1234 🚗', 'invalid-characters'],
    ['М-AB 1234', 'invalid-characters'], // Cyrillic М
    ['MAß 1', 'invalid-characters'],
    [1234, 'invalid-format'],
    ['M-AB', 'invalid-format'],
    ['M 1234', 'invalid-format'],
    ['M-ABC 1', 'invalid-format'],
    ['MABCD-E 1', 'invalid-format'],
    ['M-AB 12345', 'invalid-format'],
    ['M-AB 12 34', 'invalid-format'],
    ['M-A-B 12', 'invalid-format'],
    ['M-AB 123X', 'invalid-format'],
    ['1234 M-AB', 'invalid-format'],
    ['M-ÄB 12', 'invalid-format'],
    ['M-AB 0123', 'leading-zero'],
    ['M-A 07', 'leading-zero'],
    ['XY-AB 1', 'unknown-district'],
    ['BD-AB 1', 'unknown-district'], // federal authorities: digits only, not this format
    ['QQQ-A 1', 'unknown-district'],
    ['QQAB 1', 'unknown-district'],
    ['MAB1', 'ambiguous'],
  ])('rejects %j with %s', (input, expected) => {
    expect(code(validateLicensePlate(input))).toBe(expected);
  });

  it.each<[unknown, string, string]>([
    [
      '',
      'Geben Sie das Kennzeichen Ihres Fahrzeugs ein.',
      'Enter the number plate of your vehicle.',
    ],
    [
      'ABC-DE 1234',
      'Ein Kennzeichen hat höchstens 8 Buchstaben und Ziffern. Sie haben 9 eingegeben.',
      'A number plate has at most 8 letters and numbers. You entered 9.',
    ],
    [
      'ABG-DE 123H',
      'Ein Kennzeichen mit H am Ende hat davor höchstens 7 Buchstaben und Ziffern. Sie haben 8 eingegeben.',
      'A number plate ending in H has at most 7 letters and numbers before the H. You entered 8.',
    ],
    [
      'M'.repeat(1000),
      'Ein Kennzeichen hat höchstens 8 Buchstaben und Ziffern.',
      'A number plate has at most 8 letters and numbers.',
    ],
    [
      'M-AB 12.34',
      'Ein Kennzeichen besteht nur aus Buchstaben und Ziffern. Lassen Sie andere Zeichen weg; Leerzeichen und Bindestriche sind erlaubt.',
      'A number plate only has letters and numbers. Leave out any other characters; spaces and hyphens are fine.',
    ],
    [
      'M-AB',
      'Geben Sie das Kennzeichen so ein, wie es auf dem Schild steht: das Ortskürzel mit 1 bis 3 Buchstaben, dann 1 oder 2 Buchstaben und 1 bis 4 Ziffern, zum Beispiel M-AB 1234.',
      'Enter the number plate as it is shown on the plate: the area code of 1 to 3 letters, then 1 or 2 letters and 1 to 4 numbers, for example M-AB 1234.',
    ],
    [
      'M-AB 12345',
      'Ein Kennzeichen endet mit höchstens 4 Ziffern. Sie haben 5 eingegeben.',
      'A number plate ends with at most 4 numbers. You entered 5.',
    ],
    [
      'M-ÄB 12',
      'Ä, Ö und Ü kommen nur im Ortskürzel vor, nicht in den Buchstaben danach. Prüfen Sie das Kennzeichen.',
      'Ä, Ö and Ü only occur in the area code, not in the letters after it. Check the number plate.',
    ],
    [
      'M-AB 0123',
      'Die Zahl auf einem Kennzeichen beginnt nicht mit 0. Prüfen Sie, ob Sie den Buchstaben O meinen.',
      'The number on a number plate does not start with 0. Check whether you mean the letter O.',
    ],
    [
      'xy-ab 1',
      '„XY“ ist kein Ortskürzel einer deutschen Zulassungsstelle. Prüfen Sie die ersten Buchstaben des Kennzeichens.',
      '“XY” is not the area code of a German registration office. Check the first letters of the number plate.',
    ],
    [
      'QQAB 1',
      'Das Kennzeichen beginnt nicht mit dem Ortskürzel einer deutschen Zulassungsstelle. Prüfen Sie die ersten Buchstaben.',
      'The number plate does not start with the area code of a German registration office. Check the first letters.',
    ],
  ])('says in German and English what is wrong with %j', (input, de, en) => {
    expect(validateLicensePlate(input)).toMatchObject({ valid: false, message: { de, en } });
  });
});
