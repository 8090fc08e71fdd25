import { forwardRef } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import { devWarning } from '../internal/dev.js';
import { safeHref } from '../Link/safe-href.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';

const LABEL: Texts<string> = { de: 'Brotkrumennavigation', en: 'Breadcrumb' };

/** One level of the breadcrumb trail. */
export type BreadcrumbItem = {
  /** The page's name. */
  label: ReactNode;
  /**
   * The page's address. Every item but the last needs one; the last item is the current page and is
   * shown as text (or, with `href`, as a link marked `aria-current="page"`).
   */
  href?: string;
};

export type BreadcrumbProps = Omit<HTMLAttributes<HTMLElement>, 'children'> & {
  /** The trail from the start page to the current page; the last item is the current page. */
  items: readonly BreadcrumbItem[];
  /**
   * Name of the navigation landmark.
   * @default 'Brotkrumennavigation' (de) / 'Breadcrumb' (en)
   */
  'aria-label'?: string;
  /**
   * Language of the default landmark name.
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * Where the current page sits in the site: `<nav>` with an ordered list of links, the last item marked as the
 * current page. Collapses to a link back to the parent page when narrow.
 */
export const Breadcrumb = forwardRef<HTMLElement, BreadcrumbProps>(function Breadcrumb(
  { items, 'aria-label': ariaLabel, locale, className, ...rest },
  ref,
) {
  if (process.env.NODE_ENV !== 'production') {
    if (items.length < 2)
      devWarning(
        'Breadcrumb: give at least two items (a parent page and the current page); one item is no trail.',
      );
    items.slice(0, -1).forEach((item, index) => {
      if (!item.href)
        devWarning(`Breadcrumb: item ${index + 1} has no href; only the last item may be text.`);
    });
  }
  const last = items.length - 1;
  return (
    <nav
      ref={ref}
      aria-label={ariaLabel ?? textsFor(LABEL, locale)}
      className={cx('sk-breadcrumb', className)}
      {...rest}
    >
      <ol className="sk-breadcrumb__list">
        {items.map((item, index) => {
          const current = index === last;
          const href = item.href === undefined ? undefined : safeHref(item.href);
          if (process.env.NODE_ENV !== 'production' && item.href !== undefined && !href)
            devWarning(
              `Breadcrumb: the href "${item.href}" uses an unsafe URL scheme and was removed.`,
            );
          return (
            <li
              // The trail is static per page; its position is each item's identity.
              key={index}
              className="sk-breadcrumb__item"
              aria-current={current && !href ? 'page' : undefined}
            >
              {href ? (
                <a
                  className="sk-breadcrumb__link"
                  href={href}
                  aria-current={current ? 'page' : undefined}
                >
                  {item.label}
                </a>
              ) : (
                item.label
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
if (process.env.NODE_ENV !== 'production') Breadcrumb.displayName = 'Breadcrumb';
