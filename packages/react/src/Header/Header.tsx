import { forwardRef, isValidElement } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import { devWarning, hasTextContent } from '../internal/dev.js';
import { safeHref } from '../Link/safe-href.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';

const MENU: Texts<string> = { de: 'Menü', en: 'Menu' };

export type HeaderProps = Omit<HTMLAttributes<HTMLElement>, 'children'> & {
  /**
   * The identity bar (usually a `Kopfzeile`) at the top, inside the banner landmark, so that every part of the page
   * belongs to a landmark.
   * @default undefined
   */
  kopfzeile?: ReactNode;
  /**
   * The city's logo: an `<img>` with `alt` or an `<svg role="img">` with a `<title>`. Its text alternative
   * names the logo link, e.g. „Landeshauptstadt München“.
   * @default undefined
   */
  logo?: ReactNode;
  /**
   * Where the logo leads, usually the city's start page. Without it the logo is not a link.
   * @default undefined
   */
  logoHref?: string;
  /**
   * Accessible name of the logo link when the logo itself has none, or to say where it leads
   * („Landeshauptstadt München – Startseite“).
   * @default undefined (the logo's text alternative)
   */
  logoLabel?: string;
  /** The service's name, e.g. „Wohngeld online“; it links to the service's start page. */
  serviceName: ReactNode;
  /** The service's start page. */
  serviceHref: string;
  /**
   * The service navigation (usually a `ServiceNavigation`). On narrow screens it collapses into a menu that
   * opens without JavaScript.
   * @default undefined
   */
  navigation?: ReactNode;
  /**
   * The language switch (usually a `LanguageSwitcher`).
   * @default undefined
   */
  languageSwitcher?: ReactNode;
  /**
   * The sign-in link or the signed-in user's area.
   * @default undefined
   */
  account?: ReactNode;
  /**
   * Text of the menu toggle on narrow screens.
   * @default 'Menü' (de) / 'Menu' (en)
   */
  menuLabel?: string;
  /**
   * Language of the default texts.
   * @default 'de'
   */
  locale?: Locale;
};

/** True when the logo element carries its own text alternative. */
function logoIsNamed(logo: ReactNode): boolean {
  if (isValidElement(logo)) {
    const props = logo.props as {
      alt?: unknown;
      'aria-label'?: unknown;
      'aria-labelledby'?: unknown;
    };
    for (const value of [props.alt, props['aria-label'], props['aria-labelledby']])
      if (typeof value === 'string' && value.trim() !== '') return true;
  }
  return hasTextContent(logo);
}

/**
 * The page header of a service: city logo, service name, slots for the service navigation, language switch and
 * sign-in; on narrow screens the navigation is a menu on native `<details>` that works without JavaScript.
 */
export const Header = forwardRef<HTMLElement, HeaderProps>(function Header(
  {
    kopfzeile,
    logo,
    logoHref,
    logoLabel,
    serviceName,
    serviceHref,
    navigation,
    languageSwitcher,
    account,
    menuLabel,
    locale,
    className,
    ...rest
  },
  ref,
) {
  const logoTarget = logoHref === undefined ? undefined : safeHref(logoHref);
  const serviceTarget = safeHref(serviceHref);
  if (process.env.NODE_ENV !== 'production') {
    for (const href of [logoHref, serviceHref])
      if (href !== undefined && safeHref(href) === undefined)
        devWarning(`Header: the href "${href}" uses an unsafe URL scheme and was removed.`);
    if (logoHref !== undefined && !logoLabel?.trim() && !logoIsNamed(logo))
      devWarning(
        'Header: the logo link has no accessible name. Give the logo an alt text (or an SVG <title>) or set logoLabel.',
      );
    if (!hasTextContent(serviceName)) devWarning('Header: serviceName is empty; name the service.');
  }
  return (
    <header ref={ref} className={cx('sk-header', className)} {...rest}>
      {kopfzeile}
      <div className="sk-header__inner">
        <div className="sk-header__bar">
          {logo === undefined ? null : logoHref === undefined ? (
            <span className="sk-header__logo">{logo}</span>
          ) : (
            <a className="sk-header__logo" href={logoTarget} aria-label={logoLabel}>
              {logo}
            </a>
          )}
          <a className="sk-header__service" href={serviceTarget}>
            {serviceName}
          </a>
          {languageSwitcher || account ? (
            <div className="sk-header__tools">
              {languageSwitcher}
              {account}
            </div>
          ) : null}
        </div>
        {navigation ? (
          <details className="sk-header__menu">
            <summary className="sk-header__menu-button">
              {menuLabel ?? textsFor(MENU, locale)}
            </summary>
            <div className="sk-header__navigation">{navigation}</div>
          </details>
        ) : null}
      </div>
    </header>
  );
});
if (process.env.NODE_ENV !== 'production') Header.displayName = 'Header';
