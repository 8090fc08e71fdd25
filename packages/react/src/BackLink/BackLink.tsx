import { forwardRef } from 'react';
import type { AnchorHTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';
import { devWarning } from '../internal/dev.js';
import { safeHref } from '../Link/safe-href.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';

const BACK: Texts<string> = { de: 'Zurück', en: 'Back' };

export type BackLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  /** The previous page. A real address, so the link works without JavaScript and opens in a new tab. */
  href: string;
  /**
   * The link text. Keep „Zurück“ unless a more specific text helps („Zurück zur Übersicht“).
   * @default 'Zurück' (de) / 'Back' (en)
   */
  children?: AnchorHTMLAttributes<HTMLAnchorElement>['children'];
  /**
   * Language of the default text.
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * A link back to the previous step of a service, with a chevron. Renders `<a class="sk-back-link">`.
 * Place it at the top of the page, before `<main>` content; never use it in place of browser history.
 */
export const BackLink = forwardRef<HTMLAnchorElement, BackLinkProps>(function BackLink(
  { href, locale, className, children, ...rest },
  ref,
) {
  const safe = safeHref(href);
  if (process.env.NODE_ENV !== 'production' && safe === undefined)
    devWarning(`BackLink: the href "${href}" uses an unsafe URL scheme and was removed.`);
  return (
    <a ref={ref} href={safe} className={cx('sk-back-link', className)} {...rest}>
      {children ?? textsFor(BACK, locale)}
    </a>
  );
});
if (process.env.NODE_ENV !== 'production') BackLink.displayName = 'BackLink';
