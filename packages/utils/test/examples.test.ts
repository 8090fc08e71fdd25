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
