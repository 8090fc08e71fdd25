import { forwardRef } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import { devWarning } from '../internal/dev.js';
import { safeHref } from '../Link/safe-href.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';

const LABEL: Texts<string> = { de: 'Servicenavigation', en: 'Service navigation' };

/** One link of the service navigation. */
export type ServiceNavigationItem = {
  /** The link text. */
  label: ReactNode;
  /** The page's address. */
  href: string;
  /**
   * Marks the page the user is on (`aria-current="page"`). At most one item should be current.
   * @default false
   */
  current?: boolean;
};

export type ServiceNavigationProps = Omit<HTMLAttributes<HTMLElement>, 'children'> & {
  /** The service's main pages, in order. */
  items: readonly ServiceNavigationItem[];
  /**
   * Name of the navigation landmark; give another if the page has several navigations.
   * @default 'Servicenavigation' (de) / 'Service navigation' (en)
   */
  'aria-label'?: string;
  /**
   * Language of the default landmark name.
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * The main pages of one service as a labelled `<nav>` with a list of links; the current page is marked with
 * `aria-current="page"`. Put it into the Header's `navigation` slot.
 */
export const ServiceNavigation = forwardRef<HTMLElement, ServiceNavigationProps>(
  function ServiceNavigation({ items, 'aria-label': ariaLabel, locale, className, ...rest }, ref) {
    if (process.env.NODE_ENV !== 'production') {
      if (items.filter((item) => item.current).length > 1)
        devWarning(
          'ServiceNavigation: more than one item is marked current; mark only the page the user is on.',
        );
    }
    return (
      <nav
        ref={ref}
        aria-label={ariaLabel ?? textsFor(LABEL, locale)}
        className={cx('sk-service-navigation', className)}
        {...rest}
      >
        <ul className="sk-service-navigation__list">
          {items.map((item) => {
            const href = safeHref(item.href);
            if (process.env.NODE_ENV !== 'production' && href === undefined)
              devWarning(
                `ServiceNavigation: the href "${item.href}" uses an unsafe URL scheme and was removed.`,
              );
            return (
              <li key={item.href} className="sk-service-navigation__item">
                <a
                  className="sk-service-navigation__link"
                  href={href}
                  aria-current={item.current ? 'page' : undefined}
                >
                  {item.label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
    );
  },
);
if (process.env.NODE_ENV !== 'production') ServiceNavigation.displayName = 'ServiceNavigation';
