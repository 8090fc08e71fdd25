/**
 * User-facing default texts. German is the default; English is always available.
 * Components take `locale` (and per-text props) instead of a context, so they also work as
 * React Server Components without a provider.
 */
export type Locale = 'de' | 'en';

export const messages = {
  de: {
    loading: 'Wird geladen',
    required: 'Pflichtfeld',
    optional: 'optional',
    opensInNewTab: '(öffnet in einem neuen Tab)',
    errorPrefix: 'Fehler:',
    errorSummaryTitle: 'Es gibt ein Problem',
    charactersRemaining: (n: number) => (n === 1 ? 'Noch 1 Zeichen' : `Noch ${n} Zeichen`),
    charactersTooMany: (n: number) => (n === 1 ? '1 Zeichen zu viel' : `${n} Zeichen zu viel`),
    day: 'Tag',
    month: 'Monat',
    year: 'Jahr',
    skipToContent: 'Zum Inhalt springen',
  },
  en: {
    loading: 'Loading',
    required: 'required',
    optional: 'optional',
    opensInNewTab: '(opens in a new tab)',
    errorPrefix: 'Error:',
    errorSummaryTitle: 'There is a problem',
    charactersRemaining: (n: number) =>
      n === 1 ? '1 character remaining' : `${n} characters remaining`,
    charactersTooMany: (n: number) =>
      n === 1 ? '1 character too many' : `${n} characters too many`,
    day: 'Day',
    month: 'Month',
    year: 'Year',
    skipToContent: 'Skip to main content',
  },
} as const;

export type Messages = (typeof messages)[Locale];

/** Texts for a locale; unknown locales fall back to German. */
export function getMessages(locale: Locale | undefined): Messages {
  return locale === 'en' ? messages.en : messages.de;
}
