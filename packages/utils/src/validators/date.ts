import { normalizeInput } from '../internal/normalize.js';
import { invalid, valid } from '../result.js';
import type { CommonCode, Invalid, Valid } from '../result.js';

export type DateCode =
  | CommonCode
  | 'invalid-format'
  | 'invalid-day'
  | 'invalid-month'
  | 'invalid-year'
  | 'invalid-date'
  | 'before-min'
  | 'after-max'
  | 'not-in-past'
  | 'not-in-future';

export type DatePartsCode = DateCode | 'missing-day' | 'missing-month' | 'missing-year';

/** A part of a date: one box of a DateInput. */
export type DatePart = 'day' | 'month' | 'year';

/** An invalid date: the code and message, and which parts of the date are wrong. */
export interface InvalidDate<C extends string> extends Invalid<C> {
  /**
   * The parts to mark as invalid, in the order day, month, year: only the part with the problem
   * (`missing-month` → `['month']`), or all three when the date as a whole is wrong (empty, not a date
   * that exists, outside `min`/`max`, not in the past or future). Never empty; a new array each time.
   */
  readonly fields: DatePart[];
}

/** The result of the date validators: a `ValidationResult` whose failure says which parts are wrong. */
export type DateResult<C extends string> = Valid<string> | InvalidDate<C>;

/** A calendar date as an ISO string `YYYY-MM-DD` or a `Date` (its local calendar day counts). */
export type DateLike = string | Date;

export interface DateOptions {
  /** Earliest allowed date (inclusive). */
  readonly min?: DateLike;
  /** Latest allowed date (inclusive). */
  readonly max?: DateLike;
  /** The date must be before today (e.g. a date of birth). */
  readonly past?: boolean;
  /** The date must be after today (e.g. an appointment). */
  readonly future?: boolean;
  /** Today's date, for tests and server time zones. @default new Date() */
  readonly today?: DateLike;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a DateLike, or undefined if it is not a real date. */
function toIso(value: DateLike | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? undefined
      : `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

const GERMAN = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

const MONTHS_DE =
  'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' ');
const MONTHS_EN =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

export const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/** The one part a code is about; every other code is about the date as a whole. */
const PART_OF: Partial<Record<DatePartsCode, DatePart>> = {
  'missing-day': 'day',
  'invalid-day': 'day',
  'missing-month': 'month',
  'invalid-month': 'month',
  'missing-year': 'year',
  'invalid-year': 'year',
};

/** A failure with the parts it is about (GOV.UK: mark only the part with the problem). */
function withFields<C extends DatePartsCode>(failure: Invalid<C>): InvalidDate<C> {
  const part = PART_OF[failure.code];
  return { ...failure, fields: part === undefined ? ['day', 'month', 'year'] : [part] };
}

const invalidDate = <C extends DatePartsCode>(code: C, de: string, en: string): InvalidDate<C> =>
  withFields(invalid(code, de, en));

/** Checks day, month and year numbers and the options; shared by both date validators. */
function checkDate(
  day: number,
  month: number,
  year: number,
  options: DateOptions,
): DateResult<DateCode> {
  if (year < 1000 || year > 9999) {
    return invalidDate(
      'invalid-year',
      'Das Jahr muss 4 Ziffern haben, zum Beispiel 1985.',
      'The year must have 4 digits, for example 1985.',
    );
  }
  if (month < 1 || month > 12) {
    return invalidDate(
      'invalid-month',
      'Der Monat muss zwischen 1 und 12 liegen.',
      'The month must be between 1 and 12.',
    );
  }
  if (day < 1 || day > 31) {
    return invalidDate(
      'invalid-day',
      'Der Tag muss zwischen 1 und 31 liegen.',
      'The day must be between 1 and 31.',
    );
  }
  if (day > daysInMonth(year, month)) {
    return invalidDate(
      'invalid-date',
      `Dieses Datum gibt es nicht: Der ${MONTHS_DE[month - 1] ?? ''} ${year} hat ${daysInMonth(year, month)} Tage.`,
      `This date does not exist: ${MONTHS_EN[month - 1] ?? ''} ${year} has ${daysInMonth(year, month)} days.`,
    );
  }
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  const today = toIso(options.today ?? new Date()) ?? '';
  const min = toIso(options.min);
  const max = toIso(options.max);
  if (options.past === true && iso >= today) {
    return invalidDate(
      'not-in-past',
      'Das Datum muss in der Vergangenheit liegen.',
      'The date must be in the past.',
    );
  }
  if (options.future === true && iso <= today) {
    return invalidDate(
      'not-in-future',
      'Das Datum muss in der Zukunft liegen.',
      'The date must be in the future.',
    );
  }
  if (min !== undefined && iso < min) {
    return invalidDate(
      'before-min',
      `Das Datum darf nicht vor dem ${GERMAN(min)} liegen.`,
      `The date must be on or after ${min}.`,
    );
  }
  if (max !== undefined && iso > max) {
    return invalidDate(
      'after-max',
      `Das Datum darf nicht nach dem ${GERMAN(max)} liegen.`,
      `The date must be on or before ${max}.`,
    );
  }
  return valid(iso);
}

/**
 * Validates a date in German notation, `TT.MM.JJJJ` or `T.M.JJJJ` (e.g. `29.02.2024`, `1.7.1990`),
 * against the real calendar, including leap years.
 * @returns the ISO date `YYYY-MM-DD`.
 */
export function validateDate(input: unknown, options: DateOptions = {}): DateResult<DateCode> {
  const clean = normalizeInput(input, {
    maxLength: 10,
    stripSpaces: true,
    empty: { de: 'Geben Sie ein Datum ein.', en: 'Enter a date.' },
  });
  if (!clean.ok) return withFields(clean.failure);
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(clean.text);
  if (!match) {
    return invalidDate(
      'invalid-format',
      'Geben Sie das Datum in der Form TT.MM.JJJJ ein, zum Beispiel 27.03.1985.',
      'Enter the date as DD.MM.YYYY, for example 27.03.1985.',
    );
  }
  return checkDate(Number(match[1]), Number(match[2]), Number(match[3]), options);
}

export interface DateParts {
  readonly day?: unknown;
  readonly month?: unknown;
  readonly year?: unknown;
}

/** Reads one part as a whole number; '' / undefined count as missing. */
function part(value: unknown): number | 'missing' | 'invalid' {
  if (value === undefined || value === null) return 'missing';
  if (typeof value === 'number')
    return Number.isSafeInteger(value) && value >= 0 ? value : 'invalid';
  if (typeof value !== 'string' || value.length > 40) return 'invalid';
  const text = value.normalize('NFKC').replace(/[\s\u200B-\u200D\uFEFF]/g, '');
  if (text === '') return 'missing';
  return /^\d{1,4}$/.test(text) ? Number(text) : 'invalid';
}

/**
 * Validates the separate day, month and year fields of a DateInput (as in KERN and GOV.UK),
 * saying which part is missing or wrong.
 * @returns the ISO date `YYYY-MM-DD`.
 */
export function validateDateParts(
  input: unknown,
  options: DateOptions = {},
): DateResult<DatePartsCode> {
  if (input === null || typeof input !== 'object') {
    return invalidDate('empty', 'Geben Sie ein Datum ein.', 'Enter a date.');
  }
  const { day, month, year } = input as DateParts;
  const d = part(day);
  const m = part(month);
  const y = part(year);
  if (d === 'missing' && m === 'missing' && y === 'missing') {
    return invalidDate('empty', 'Geben Sie ein Datum ein.', 'Enter a date.');
  }
  const missing: [typeof d, DatePartsCode, string, string][] = [
    [d, 'missing-day', 'Das Datum muss einen Tag enthalten.', 'The date must include a day.'],
    [m, 'missing-month', 'Das Datum muss einen Monat enthalten.', 'The date must include a month.'],
    [y, 'missing-year', 'Das Datum muss ein Jahr enthalten.', 'The date must include a year.'],
  ];
  for (const [value, code, de, en] of missing)
    if (value === 'missing') return invalidDate(code, de, en);
  const wrong: [typeof d, DatePartsCode, string, string][] = [
    [
      d,
      'invalid-day',
      'Der Tag muss eine Zahl zwischen 1 und 31 sein.',
      'The day must be a number between 1 and 31.',
    ],
    [
      m,
      'invalid-month',
      'Der Monat muss eine Zahl zwischen 1 und 12 sein.',
      'The month must be a number between 1 and 12.',
    ],
    [
      y,
      'invalid-year',
      'Das Jahr muss 4 Ziffern haben, zum Beispiel 1985.',
      'The year must have 4 digits, for example 1985.',
    ],
  ];
  for (const [value, code, de, en] of wrong)
    if (value === 'invalid') return invalidDate(code, de, en);
  return checkDate(d as number, m as number, y as number, options);
}
