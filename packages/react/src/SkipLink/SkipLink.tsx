import { forwardRef } from 'react';
import type { AnchorHTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';

const SKIP: Texts<string> = { de: 'Zum Inhalt springen', en: 'Skip to main content' };

export type SkipLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  /**
   * The id of the main content, as a fragment.
   * @default '#main'
   */
  href?: `#${string}`;
  /**
   * Language of the default text.
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * The first element of a page: lets keyboard users jump past the header to the main content.
 * Hidden until focused. The target (e.g. `<main id="main" tabindex="-1">`) must exist.
 */
export const SkipLink = forwardRef<HTMLAnchorElement, SkipLinkProps>(function SkipLink(
  { href = '#main', locale, className, children, ...rest },
  ref,
) {
  return (
    <a ref={ref} href={href} className={cx('sk-skip-link', className)} {...rest}>
      {children ?? textsFor(SKIP, locale)}
    </a>
  );
});
if (process.env.NODE_ENV !== 'production') SkipLink.displayName = 'SkipLink';
