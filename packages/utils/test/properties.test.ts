// Property-based tests: validators are total on arbitrary input, accept every value a reference
// generator builds from the specification, and reject single-digit changes where the check-digit
// algorithm guarantees detection.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SEPA_BBAN,
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
import { DISTRICT_CODES } from '../src/validators/license-plate-districts.js';
import {
  changeDigit,
  digitPositions,
  ibanFor,
  idCardWithCheck,
  plateLength,
  plateParts,
  printedPlate,
  separator,
  taxId,
  typedPlate,
  vatId,
  withinLengthLimit,
} from './generators.js';

const validators = {
  validateIban,
  validateBic,
  validatePostalCode,
  validateTaxId,
  validateVatId,
  validateIdCardNumber,
  validateMunicipalityKey,
  validateRegionalKey,
  validateDate,
  validateDateParts,
  validatePhoneNumber,
  validateEmail,
  validateLicensePlate,
} as const;

const oddStrings = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom(
      '０',
      '１',
      '９',
      '\u200B',
      '\uFEFF',
      'Ｄ',
      'Е',
      ' ',
      '.',
      '+',
      '@',
      '-',
      '8',
    ),
    maxLength: 40,
  }),
);

function expectWellFormed(result: unknown): void {
  expect(result).toBeTypeOf('object');
  const r = result as { valid: boolean; code?: unknown; message?: { de?: unknown; en?: unknown } };
  if (r.valid) return;
  expect(r.valid).toBe(false);
  expect(r.code).toBeTypeOf('string');
  expect(r.message?.de).toMatch(/\S/);
  expect(r.message?.en).toMatch(/\S/);
}

describe.each(Object.entries(validators))('%s is total', (_name, validate) => {
  const run = validate as (input: unknown) => unknown;

  it('never throws on any JavaScript value', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
        }),
        (input) => {
          expectWellFormed(run(input));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on odd strings (unicode, full-width digits, zero-width characters)', () => {
    fc.assert(
      fc.property(oddStrings, (input) => {
        expectWellFormed(run(input));
      }),
      { numRuns: 500 },
    );
  });

  it('answers a 10 MB string quickly with an error', () => {
    const huge = '1'.repeat(10 * 1024 * 1024);
    const start = performance.now();
    const result = run(huge) as { valid: boolean };
    expect(result.valid).toBe(false);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('IBAN', () => {
  it.each(Object.entries(SEPA_BBAN))(
    'accepts every generated valid %s IBAN (%s)',
    (country, structure) => {
      fc.assert(
        fc.property(ibanFor(country, structure), (iban) => {
          expect(validateIban(iban)).toEqual({ valid: true, value: iban });
        }),
        { numRuns: 50 },
      );
    },
  );

  it('rejects every single-digit change (MOD 97-10 detects all single substitutions)', () => {
    const arbitrary = fc
      .constantFrom(...Object.entries(SEPA_BBAN))
      .chain(([c, s]) => ibanFor(c, s));
    fc.assert(
      fc.property(arbitrary, fc.nat(), fc.nat(), (iban, pick, delta) => {
        const positions = digitPositions(iban).filter((i) => i >= 2);
        const changed = changeDigit(iban, positions[pick % positions.length] ?? 2, delta);
        expect(validateIban(changed).valid).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts the same IBAN with spaces every four characters and in lower case', () => {
    fc.assert(
      fc.property(ibanFor('DE', SEPA_BBAN.DE ?? '18n'), (iban) => {
        const printed = iban.toLowerCase().replace(/(.{4})/g, '$1 ');
        expect(validateIban(printed)).toEqual({ valid: true, value: iban });
      }),
    );
  });
});

describe('tax id (ISO 7064 MOD 11,10)', () => {
  it('accepts every generated valid tax id', () => {
    fc.assert(
      fc.property(taxId, (id) => {
        expect(validateTaxId(id)).toEqual({ valid: true, value: id });
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects every single-digit change', () => {
    fc.assert(
      fc.property(taxId, fc.integer({ min: 0, max: 10 }), fc.nat(), (id, index, delta) => {
        expect(validateTaxId(changeDigit(id, index, delta)).valid).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('VAT id (ISO 7064 MOD 11,10)', () => {
  it('accepts every generated valid VAT id and rejects every single-digit change', () => {
    fc.assert(
      fc.property(vatId, fc.integer({ min: 2, max: 10 }), fc.nat(), (id, index, delta) => {
        expect(validateVatId(id)).toEqual({ valid: true, value: id });
        expect(validateVatId(changeDigit(id, index, delta)).valid).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('ID card number (ICAO 9303, 7-3-1)', () => {
  it('accepts every generated number with check digit and rejects every single-digit change', () => {
    fc.assert(
      fc.property(idCardWithCheck, fc.nat(), fc.nat(), (id, pick, delta) => {
        expect(validateIdCardNumber(id)).toEqual({ valid: true, value: id.slice(0, 9) });
        // Weights 7, 3 and 1 are coprime to 10, so a changed digit always changes the sum mod 10.
        const positions = digitPositions(id);
        const changed = changeDigit(id, positions[pick % positions.length] ?? 9, delta);
        expect(validateIdCardNumber(changed).valid).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('dates', () => {
  const PARTS = ['day', 'month', 'year'];
  /** A failure names the one part its code is about, or all three for the date as a whole. */
  const expectFields = (result: ReturnType<typeof validateDateParts>) => {
    if (result.valid) return;
    const part = /^(?:missing|invalid)-(day|month|year)$/.exec(result.code)?.[1];
    expect(result.fields).toEqual(part === undefined ? PARTS : [part]);
  };
  const partArb = fc.oneof(
    fc.constant(undefined),
    fc.integer({ min: -1, max: 10_000 }),
    fc.integer({ min: 0, max: 10_000 }).map(String),
    oddStrings,
  );

  it('says which parts are wrong for any input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ day: partArb, month: partArb, year: partArb }, { requiredKeys: [] }),
        ),
        fc.boolean(),
        (input, past) => {
          expectFields(validateDateParts(input, { past, today: '2026-11-27' }));
          expectFields(validateDate(input, { past, today: '2026-11-27' }));
        },
      ),
      { numRuns: 500 },
    );
  });

  const dateArb = fc.date({
    min: new Date(1000, 0, 1),
    max: new Date(9999, 11, 31),
    noInvalidDate: true,
  });

  it('accepts every real calendar date in German notation and returns its ISO form', () => {
    fc.assert(
      fc.property(dateArb, fc.boolean(), (date, padded) => {
        const [d, m, y] = [date.getDate(), date.getMonth() + 1, date.getFullYear()];
        const p = (n: number) => (padded ? String(n).padStart(2, '0') : String(n));
        const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(validateDate(`${p(d)}.${p(m)}.${y}`)).toEqual({ valid: true, value: iso });
        expect(validateDateParts({ day: String(d), month: String(m), year: String(y) })).toEqual({
          valid: true,
          value: iso,
        });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('postal codes', () => {
  it('accepts every five-digit code in an allocated region', () => {
    const region = fc.integer({ min: 1, max: 99 }).filter((r) => ![5, 43, 62].includes(r));
    fc.assert(
      fc.property(region, fc.integer({ min: 0, max: 999 }), (r, rest) => {
        const code = `${String(r).padStart(2, '0')}${String(rest).padStart(3, '0')}`;
        expect(validatePostalCode(code)).toEqual({ valid: true, value: code });
      }),
    );
  });
});

describe('e-mail', () => {
  const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const char = (alphabet: string) =>
    fc.integer({ min: 0, max: alphabet.length - 1 }).map((i) => alphabet.charAt(i));
  // Built from the HTML grammar: atext characters, '@', then labels of 1–63 characters that start
  // and end with a letter or digit and may contain '-' inside.
  const local = fc
    .array(char(`${ALNUM}.!#$%&'*+/=?^_\`{|}~-`), { minLength: 1, maxLength: 30 })
    .map((c) => c.join(''));
  const label = fc
    .tuple(char(ALNUM), fc.array(char(`${ALNUM}-`), { maxLength: 20 }), char(ALNUM))
    .map(([a, mid, b]) => `${a}${mid.join('')}${b}`);
  const address = fc
    .tuple(local, fc.array(label, { minLength: 1, maxLength: 4 }))
    .map(([l, labels]) => `${l}@${labels.join('.')}`);

  it('accepts every address built from the HTML grammar', () => {
    fc.assert(
      fc.property(address, (email) => {
        expect(validateEmail(email)).toEqual({ valid: true, value: email });
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects such an address with a space, a second @ in the domain, or an empty label', () => {
    fc.assert(
      fc.property(address, (email) => {
        const [l, domain] = email.split('@') as [string, string];
        expect(validateEmail(`${l} x@${domain}`).valid).toBe(false);
        expect(validateEmail(`${email}@x`).valid).toBe(false);
        expect(validateEmail(`${l}@.${domain}`).valid).toBe(false);
      }),
    );
  });
});

describe('number plates', () => {
  const districts = DISTRICT_CODES.split(/\s+/).filter(Boolean);
  const known = new Set(districts);
  const plate = plateParts(districts).filter(withinLengthLimit);
  const codes = new Set([
    'invalid-type',
    'empty',
    'too-long',
    'invalid-characters',
    'invalid-format',
    'leading-zero',
    'unknown-district',
    'ambiguous',
  ]);

  it('reads the official list: 1–3 upper-case letters (umlauts included), each once', () => {
    expect(districts.length).toBeGreaterThan(700);
    expect(known.size).toBe(districts.length);
    for (const code of districts) expect(code).toMatch(/^[A-ZÄÖÜ]{1,3}$/);
  });

  it('accepts every generated plate however it is typed and normalises it idempotently', () => {
    fc.assert(
      fc.property(
        plate.chain((p) => fc.tuple(fc.constant(p), typedPlate(p))),
        ([p, typed]) => {
          const result = validateLicensePlate(typed);
          expect(result).toEqual({ valid: true, value: printedPlate(p) });
          if (result.valid) expect(validateLicensePlate(result.value)).toEqual(result);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('without a separator after the district code, accepts the one known split or asks for the hyphen', () => {
    fc.assert(
      fc.property(plate, fc.option(separator, { nil: '' }), (p, beforeDigits) => {
        const all = `${p.district}${p.letters}`;
        const splits = [1, 2, 3].filter(
          (at) =>
            all.length - at >= 1 &&
            all.length - at <= 2 &&
            !/[ÄÖÜ]/.test(all.slice(at)) && // no umlauts in the letters after the code (Anlage 1 FZV)
            known.has(all.slice(0, at)),
        );
        const printed = (at: number) =>
          `${all.slice(0, at)}-${all.slice(at)} ${p.digits}${p.suffix}`;
        const result = validateLicensePlate(`${all}${beforeDigits}${p.digits}${p.suffix}`);
        if (splits.length === 1) {
          expect(result).toEqual({ valid: true, value: printedPlate(p) });
        } else {
          expect(splits).toHaveLength(2);
          expect(result).toMatchObject({ valid: false, code: 'ambiguous' });
          if (!result.valid) {
            for (const at of splits) {
              expect(result.message.de).toContain(printed(at));
              expect(result.message.en).toContain(printed(at));
            }
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects a district code that is not on the list', () => {
    const unknown = fc
      .array(fc.constantFrom(...Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ')), {
        minLength: 1,
        maxLength: 3,
      })
      .map((c) => c.join(''))
      .filter((code) => !known.has(code));
    fc.assert(
      fc.property(unknown, plate, (district, p) => {
        const result = validateLicensePlate(`${district}-${p.letters} ${p.digits}`);
        const length = district.length + p.letters.length + p.digits.length;
        expect(result).toMatchObject({
          valid: false,
          code: length > 8 ? 'too-long' : 'unknown-district',
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects every plate over the length limit with too-long, and only those', () => {
    fc.assert(
      fc.property(plateParts(districts), (p) => {
        const result = validateLicensePlate(printedPlate(p));
        if (withinLengthLimit(p)) expect(result.valid).toBe(true);
        else {
          expect(result).toMatchObject({ valid: false, code: 'too-long' });
          if (!result.valid) expect(result.message.de).toContain(`Sie haben ${plateLength(p)}`);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects a number with a leading zero', () => {
    fc.assert(
      fc.property(plate, (p) => {
        const zero = { ...p, digits: `0${p.digits}`.slice(0, 4) };
        expect(validateLicensePlate(printedPlate(zero))).toMatchObject({
          valid: false,
          code: 'leading-zero',
        });
      }),
    );
  });

  it('answers any plate-like text with a documented code or a valid plate, never throwing', () => {
    const unit = fc.constantFrom(
      ...Array.from('ABEHMÖÜäöüßxz0159'),
      ' ',
      '-',
      '\u2013',
      '\u00A0',
      '\u200B',
      '.',
      '🚗',
      'Ｍ',
      'М',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (input) => {
        const result = validateLicensePlate(input);
        if (result.valid) {
          expect(result.value).toMatch(/^[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9][0-9]{0,3}[EH]?$/);
          expect(validateLicensePlate(result.value)).toEqual(result);
        } else {
          expect(codes.has(result.code)).toBe(true);
          expect(result.message.de).toMatch(/\S/);
          expect(result.message.en).toMatch(/\S/);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
