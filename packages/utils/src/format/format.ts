import { intlLocale } from './locale.js';
import type { FormatLocale } from './locale.js';

export interface FormatOptions {
  /** @default 'de' */
  readonly locale?: FormatLocale;
}

/**
 * Formats an IBAN in groups of four for reading (`DE89 3704 0044 0532 0130 00`).
 * Spaces and case of the input do not matter; input that is not text is returned as an empty string.
 */
export function formatIban(iban: unknown): string {
  if (typeof iban !== 'string') return '';
  const compact = iban.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  return compact.replace(/(.{4})(?=.)/g, '$1 ');
}

export interface FormatDateOptions extends FormatOptions {
  /** `short`: 27.11.2026 · `long`: 27. November 2026 · `full`: Freitag, 27. November 2026. @default 'short' */
  readonly style?: 'short' | 'long' | 'full';
}

/**
 * Formats a date for people. Takes a `Date` or an ISO date (`2026-11-27`, read as a calendar day
 * without time-zone shift). Returns an empty string for anything that is not a valid date.
 */
export function formatDate(date: Date | string, options: FormatDateOptions = {}): string {
  let value: Date;
  if (typeof date === 'string') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    value = match
      ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
      : new Date(date);
  } else {
    value = date;
  }
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return '';
  const style = options.style ?? 'short';
  const format: Intl.DateTimeFormatOptions =
    style === 'short'
      ? { day: '2-digit', month: '2-digit', year: 'numeric' }
      : {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          ...(style === 'full' ? { weekday: 'long' } : {}),
        };
  return new Intl.DateTimeFormat(intlLocale(options.locale), format).format(value);
}

/** Formats an amount in euros: `1.234,56 €` (de) or `€1,234.56` (en). Non-finite numbers give ''. */
export function formatCurrency(amount: number, options: FormatOptions = {}): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return '';
  return new Intl.NumberFormat(intlLocale(options.locale), {
    style: 'currency',
    currency: 'EUR',
  }).format(amount);
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/**
 * Formats a file size with decimal units (1 kB = 1000 bytes), as file dialogs in Germany show them:
 * `1,5 MB` (de), `1.5 MB` (en). Negative or non-finite sizes give ''.
 */
export function formatFileSize(bytes: number, options: FormatOptions = {}): string {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return '';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(intlLocale(options.locale), {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
