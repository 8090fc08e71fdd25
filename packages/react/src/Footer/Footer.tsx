import { forwardRef } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import { devWarning } from '../internal/dev.js';
import { safeHref } from '../Link/safe-href.js';

/** One link of a footer group. */
export type FooterLink = {
  /** The link text, e.g. „Impressum“. */
  label: ReactNode;
  /** Where it goes. */
  href: string;
  /**
   * The language of the linked page when it differs from this page's (`hreflang`), e.g. `'en'`.
   * @default undefined
   */
  hrefLang?: string;
};

/** A group of footer links with a heading. */
export type FooterGroup = {
  /** The group's heading, e.g. „Rechtliches“ or „Barrierefreiheit“. */
  heading: ReactNode;
  /** The group's links. */
  links: readonly FooterLink[];
};

export type FooterProps = HTMLAttributes<HTMLElement> & {
  /**
   * Link groups, each with a heading. The app passes them; typical links are Impressum, Datenschutz, Erklärung zur
   * Barrierefreiheit, Kontakt, Leichte Sprache and Gebärdensprache.
   * @default []
   */
  groups?: readonly FooterGroup[];
  /**
   * Level of the group headings, to fit the page outline.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * The meta line: licence and copyright, e.g. „© 2026 Landeshauptstadt München“.
   * @default undefined
   */
  meta?: ReactNode;
  /**
   * The city's logo (an `<img>` with `alt` or an `<svg role="img">` with a name).
   * @default undefined
   */
  logo?: ReactNode;
};

/**
 * The page footer (`<footer>`, the contentinfo landmark): link groups with headings, a meta line with licence and
 * copyright, and the city logo. Extra content goes in `children`, after the groups.
 */
export const Footer = forwardRef<HTMLElement, FooterProps>(function Footer(
  { groups = [], headingLevel = 2, meta, logo, className, children, ...rest },
  ref,
) {
  const Heading = `h${headingLevel}` as const;
  return (
    <footer ref={ref} className={cx('sk-footer', className)} {...rest}>
      <div className="sk-footer__inner">
        {groups.length > 0 ? (
          <div className="sk-footer__groups">
            {groups.map((group, index) => (
              // Groups are static per page; position is each group's identity.
              <div key={index} className="sk-footer__group">
                <Heading className="sk-footer__heading">{group.heading}</Heading>
                <ul className="sk-footer__list">
                  {group.links.map((link) => {
                    const href = safeHref(link.href);
                    if (process.env.NODE_ENV !== 'production' && href === undefined)
                      devWarning(
                        `Footer: the href "${link.href}" uses an unsafe URL scheme and was removed.`,
                      );
                    return (
                      <li key={link.href} className="sk-footer__item">
                        <a className="sk-footer__link" href={href} hrefLang={link.hrefLang}>
                          {link.label}
                        </a>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </div>
        ) : null}
        {children}
        {meta || logo ? (
          <div className="sk-footer__meta">
            {logo ? <span className="sk-footer__logo">{logo}</span> : null}
            {meta ? <p className="sk-footer__meta-text">{meta}</p> : null}
          </div>
        ) : null}
      </div>
    </footer>
  );
});
if (process.env.NODE_ENV !== 'production') Footer.displayName = 'Footer';
