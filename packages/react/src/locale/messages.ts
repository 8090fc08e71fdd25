/**
 * Language of the default texts. German is the default; English is always available.
 * Each component keeps its own texts (so a bundle only carries the texts it uses) and takes
 * `locale` plus per-text props instead of a context, so it also works as a React Server Component.
 */
export type Locale = 'de' | 'en';

/** Texts of one component in both languages. */
export type Texts<T> = Readonly<Record<Locale, T>>;

/** Picks the texts for a locale; anything but 'en' gives German. */
export function textsFor<T>(texts: Texts<T>, locale: Locale | undefined): T {
  return locale === 'en' ? texts.en : texts.de;
}

/**
 * Picks one text by locale: the German one unless `locale` is 'en'. For components with one or two
 * short texts, which need no {de, en} object of their own.
 */
export function inLocale<T>(locale: Locale | undefined, de: T, en: T): T {
  return locale === 'en' ? en : de;
}
