import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { CountryCode } from 'libphonenumber-js/min';

export interface FormatPhoneNumberOptions {
  /** `national`: 089 123456 · `international`: +49 89 123456. @default 'international' */
  readonly format?: 'national' | 'international';
  /** Country for numbers without a prefix. @default 'DE' */
  readonly defaultCountry?: CountryCode;
}

/**
 * Formats a phone number for reading. Returns the input unchanged (trimmed) when it is not a valid
 * number, and '' for input that is not text.
 */
export function formatPhoneNumber(input: unknown, options: FormatPhoneNumberOptions = {}): string {
  if (typeof input !== 'string' || input.length > 160) return '';
  const text = input.normalize('NFKC').trim();
  const parsed = parsePhoneNumberFromString(
    text.startsWith('00') ? `+${text.slice(2)}` : text,
    options.defaultCountry ?? 'DE',
  );
  if (!parsed?.isValid()) return text;
  return options.format === 'national' ? parsed.formatNational() : parsed.formatInternational();
}
