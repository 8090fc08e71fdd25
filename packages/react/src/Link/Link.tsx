import { forwardRef } from 'react';
import type { AnchorHTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';
import { devWarning, warnIfUnnamed } from '../internal/dev.js';
import { inLocale } from '../locale/messages.js';
import type { Locale } from '../locale/messages.js';
import { safeHref } from './safe-href.js';

export type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  /** Where the link goes. Unsafe schemes such as `javascript:` never reach the DOM. */
  href: string;
  /**
   * Opens the link in a new tab, shows an icon and tells screen-reader users about it.
   * Use it rarely: only when leaving the page would lose the user's work.
   * @default false
   */
  external?: boolean;
  /**
   * The hidden hint read for `external` links.
   * @default '(öffnet in einem neuen Tab)' (de) / '(opens in a new tab)' (en)
   */
  newTabHint?: string;
  /**
   * Language of the default texts.
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * A link to another page or place. Renders `<a class="sk-link">`; for actions use `Button`.
 * With routers (Next.js, React Router) put `className="sk-link"` on their link component instead.
 */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  { href, external, newTabHint, locale, className, children, rel, target, ...rest },
  ref,
) {
  const safe = safeHref(href);
  if (process.env.NODE_ENV !== 'production') {
    if (safe === undefined)
      devWarning(`Link: the href "${href}" uses an unsafe URL scheme and was removed.`);
    warnIfUnnamed('Link', { ...rest, children }, 'Give it text that says where it goes.');
  }
  return (
    // rel always contains "noopener noreferrer" when target="_blank" (the rule cannot see through cx).
    // eslint-disable-next-line react/jsx-no-target-blank
    <a
      ref={ref}
      href={safe}
      className={cx('sk-link', external && 'sk-link--external', className)}
      target={external ? '_blank' : target}
      rel={cx(external && 'noopener noreferrer', rel)}
      {...rest}
    >
      {children}
      {external && (
        <span className="sk-link__hint">{` ${newTabHint ?? inLocale(locale, '(öffnet in einem neuen Tab)', '(opens in a new tab)')}`}</span>
      )}
    </a>
  );
});
if (process.env.NODE_ENV !== 'production') Link.displayName = 'Link';
