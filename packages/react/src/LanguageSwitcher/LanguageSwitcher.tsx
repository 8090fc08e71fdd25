import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';
import { devWarning } from '../internal/dev.js';
import { safeHref } from '../Link/safe-href.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';

const LABEL: Texts<string> = { de: 'Sprache wählen', en: 'Choose language' };

/** One language version of the current page. */
export type LanguageOption = {
  /** BCP 47 language tag, e.g. `'de'`, `'en'`, `'tr'`; set as `lang` (and `hreflang` on the link). */
  lang: string;
  /** The language's name in that language, e.g. „Deutsch“, „English“, „Türkçe“. */
  label: string;
  /** The same page in this language. Not needed for the current language. */
  href?: string;
  /**
   * The language of the page the user is on: shown marked (`aria-current="true"`), not as a link.
   * @default false
   */
  current?: boolean;
};

export type LanguageSwitcherProps = Omit<HTMLAttributes<HTMLElement>, 'children'> & {
  /** The page's language versions, the current one with `current`. */
  languages: readonly LanguageOption[];
  /**
   * Name of the navigation landmark.
   * @default 'Sprache wählen' (de) / 'Choose language' (en)
   */
  'aria-label'?: string;
  /**
   * Language of the default landmark name.
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * Links to the same page in other languages, each named in its own language with `lang` and `hreflang`; the
 * current language is marked and is no link to itself.
 */
export const LanguageSwitcher = forwardRef<HTMLElement, LanguageSwitcherProps>(
  function LanguageSwitcher(
    { languages, 'aria-label': ariaLabel, locale, className, ...rest },
    ref,
  ) {
    if (process.env.NODE_ENV !== 'production') {
      if (languages.filter((language) => language.current).length !== 1)
        devWarning('LanguageSwitcher: mark exactly one language as current.');
      for (const language of languages)
        if (!language.current && !language.href)
          devWarning(`LanguageSwitcher: the language "${language.lang}" has no href.`);
    }
    return (
      <nav
        ref={ref}
        aria-label={ariaLabel ?? textsFor(LABEL, locale)}
        className={cx('sk-language-switcher', className)}
        {...rest}
      >
        <ul className="sk-language-switcher__list">
          {languages.map((language) => {
            if (language.current)
              return (
                <li key={language.lang} className="sk-language-switcher__item">
                  <span
                    className="sk-language-switcher__current"
                    aria-current="true"
                    lang={language.lang}
                  >
                    {language.label}
                  </span>
                </li>
              );
            const href = language.href === undefined ? undefined : safeHref(language.href);
            if (process.env.NODE_ENV !== 'production' && language.href && href === undefined)
              devWarning(
                `LanguageSwitcher: the href "${language.href}" uses an unsafe URL scheme and was removed.`,
              );
            return (
              <li key={language.lang} className="sk-language-switcher__item">
                <a
                  className="sk-language-switcher__link"
                  href={href}
                  lang={language.lang}
                  hrefLang={language.lang}
                >
                  {language.label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
    );
  },
);
if (process.env.NODE_ENV !== 'production') LanguageSwitcher.displayName = 'LanguageSwitcher';
