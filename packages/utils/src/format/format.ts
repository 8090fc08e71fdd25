import { formatFileSize as formatBytes } from '@stadtkern/web/file-upload';
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

/**
 * Formats a file size for people: `512 Byte`, `300 kB`, `1,5 MB` (de) or `512 bytes`, `1.5 MB` (en), in
 * steps of 1024, as upload limits are set (Spring's `10MB`, PHP's `10M`, nginx's `10m`) and as Windows
 * Explorer shows files; whole kilobytes, one decimal from megabytes on. Negative or non-finite sizes give
 * ''. The same function as `formatFileSize` of `@stadtkern/web/file-upload`, which the file upload uses
 * for its messages, so a limit stated on the server reads the same as in the browser.
 */
export function formatFileSize(bytes: number, options: FormatOptions = {}): string {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return '';
  return formatBytes(bytes, options.locale === 'en' ? 'en' : 'de');
}
