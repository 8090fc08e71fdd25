// Reference generators that build valid numbers straight from the specifications, independent of
// the validators under test (they share no code with src/).
import fc from 'fast-check';

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const charFrom = (alphabet: string) =>
  fc.integer({ min: 0, max: alphabet.length - 1 }).map((i) => alphabet.charAt(i));
const stringFrom = (alphabet: string, length: number) =>
  fc.array(charFrom(alphabet), { minLength: length, maxLength: length }).map((c) => c.join(''));

/** Big-integer remainder of the ISO 13616 numeric form, computed with BigInt. */
function ibanRemainder(text: string): bigint {
  const numeric = Array.from(text)
    .map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c))
    .join('');
  return BigInt(numeric) % 97n;
}

/** A valid IBAN for a country with the given BBAN structure (e.g. "4a14n"). */
export function ibanFor(country: string, structure: string): fc.Arbitrary<string> {
  const parts = [...structure.matchAll(/(\d+)([nac])/g)].map(([, count, kind]) =>
    stringFrom(kind === 'n' ? DIGITS : kind === 'a' ? LETTERS : LETTERS + DIGITS, Number(count)),
  );
  return fc.tuple(...parts).map((p) => {
    const bban = p.join('');
    const check = 98n - ibanRemainder(`${bban}${country}00`);
    return `${country}${String(check).padStart(2, '0')}${bban}`;
  });
}

/** ISO 7064 MOD 11,10, written out from the standard's description. */
export function mod1110(digits: string): number {
  let p = 10;
  for (const d of digits) {
    const s = (Number(d) + p) % 10 || 10;
    p = (2 * s) % 11;
  }
  return (11 - p) % 10;
}

/** First ten digits of a tax id: first digit 1–9, one digit twice (not counting triples here). */
export const taxId: fc.Arbitrary<string> = fc
  .tuple(
    fc.shuffledSubarray(Array.from(DIGITS), { minLength: 9, maxLength: 9 }),
    fc.integer({ min: 0, max: 8 }),
    fc.integer({ min: 0, max: 9 }),
  )
  .map(([nine, dupIndex, insertAt]) => {
    const digits = [...nine];
    digits.splice(insertAt, 0, nine[dupIndex] ?? '1');
    return digits;
  })
  .filter((d) => d[0] !== '0' && !/(\d)\1\1/.test(d.join('')))
  .map((d) => {
    const first10 = d.join('');
    return `${first10}${mod1110(first10)}`;
  });

export const vatId: fc.Arbitrary<string> = stringFrom(DIGITS, 8).map((d) => `DE${d}${mod1110(d)}`);

const ID_ALPHABET = 'CFGHJKLMNPRTVWXYZ0123456789';
/** ICAO 9303 7-3-1 check digit. */
export function icao(text: string): number {
  const w = [7, 3, 1];
  return (
    Array.from(text).reduce(
      (sum, c, i) => sum + (/[A-Z]/.test(c) ? c.charCodeAt(0) - 55 : Number(c)) * (w[i % 3] ?? 1),
      0,
    ) % 10
  );
}
export const idCardWithCheck: fc.Arbitrary<string> = stringFrom(ID_ALPHABET, 9).map(
  (n) => `${n}${icao(n)}`,
);

/** Replaces the digit at `index` with another digit. */
export function changeDigit(text: string, index: number, delta: number): string {
  const d = Number(text[index]);
  const next = (d + 1 + (delta % 9)) % 10;
  return `${text.slice(0, index)}${next}${text.slice(index + 1)}`;
}

/** Positions of decimal digits in a string. */
export const digitPositions = (text: string): number[] =>
  Array.from(text).flatMap((c, i) => (/[0-9]/.test(c) ? [i] : []));

/** The parts of a German number plate, built from FZV Anlage 1 and Anlage 4 (not from src/). */
export interface PlateParts {
  readonly district: string;
  readonly letters: string;
  readonly digits: string;
  readonly suffix: '' | 'E' | 'H';
}

/** Letters and digits on the plate, without the E or H. */
export const plateLength = (p: PlateParts): number =>
  p.district.length + p.letters.length + p.digits.length;

/** At most 8 letters and digits; 7 before an E or H (Anlage 4 Abschnitt 1, 4 and 5a FZV). */
export const withinLengthLimit = (p: PlateParts): boolean =>
  plateLength(p) <= (p.suffix === '' ? 8 : 7);

/** The written form the validator returns: `M-AB 1234`, `M-AB 1234E`. */
export const printedPlate = (p: PlateParts): string =>
  `${p.district}-${p.letters} ${p.digits}${p.suffix}`;

/**
 * Plate parts from the given district codes: 1 or 2 letters A–Z (no umlauts), 1 to 4 digits without a
 * leading zero (1–9999), optionally E or H. Not limited in length: filter with `withinLengthLimit`.
 */
export function plateParts(districts: readonly string[]): fc.Arbitrary<PlateParts> {
  return fc.record({
    district: fc.constantFrom(...districts),
    letters: fc.integer({ min: 1, max: 2 }).chain((n) => stringFrom(LETTERS, n)),
    digits: fc.integer({ min: 1, max: 9999 }).map(String),
    suffix: fc.constantFrom<'' | 'E' | 'H'>('', '', 'E', 'H'),
  });
}

/** A run of separators as people type them: spaces, hyphens, no-break spaces, dashes. */
export const separator: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(' ', '-', '\u00A0', '\u2013', '\u2014', '\u2010', '\u202F'), {
    minLength: 1,
    maxLength: 3,
  })
  .map((s) => s.join(''));

/** Upper or lower case, letter by letter. */
export const anyCase = (text: string): fc.Arbitrary<string> =>
  fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }).map((lower) =>
    Array.from(text)
      .map((c, i) => (lower[i] ? c.toLowerCase() : c))
      .join(''),
  );

/**
 * The plate as someone might type it: any case, a separator after the district code, optional
 * separators before the digits and before the E or H, spaces around it.
 */
export function typedPlate(p: PlateParts): fc.Arbitrary<string> {
  const optional = fc.option(separator, { nil: '' });
  return fc
    .tuple(separator, optional, optional, fc.constantFrom('', ' ', '  '))
    .chain(([afterDistrict, beforeDigits, beforeSuffix, around]) =>
      anyCase(
        `${around}${p.district}${afterDistrict}${p.letters}${beforeDigits}${p.digits}${
          p.suffix === '' ? '' : `${beforeSuffix}${p.suffix}`
        }${around}`,
      ),
    );
}
