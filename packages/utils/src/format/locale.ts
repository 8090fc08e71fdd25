/** Languages the formatters support; `de` uses de-DE conventions, `en` British English (en-GB). */
export type FormatLocale = 'de' | 'en';

export const intlLocale = (locale: FormatLocale | undefined): string =>
  locale === 'en' ? 'en-GB' : 'de-DE';
