import { forwardRef } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import { devWarning } from '../internal/dev.js';
import { safeHref } from '../Link/safe-href.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';
import { paginationRange } from './range.js';

const TEXTS: Texts<{
  label: string;
  previous: string;
  next: string;
  page: (page: number) => string;
  status: (page: number, pageCount: number) => string;
}> = {
  de: {
    label: 'Seitennummerierung',
    previous: 'Vorherige Seite',
    next: 'Nächste Seite',
    page: (page) => `Seite ${String(page)}`,
    status: (page, pageCount) => `Seite ${String(page)} von ${String(pageCount)}`,
  },
  en: {
    label: 'Pagination',
    previous: 'Previous page',
    next: 'Next page',
    page: (page) => `Page ${String(page)}`,
    status: (page, pageCount) => `Page ${String(page)} of ${String(pageCount)}`,
  },
};

export type PaginationProps = Omit<HTMLAttributes<HTMLElement>, 'children'> & {
  /** The current page, from 1 to `pageCount`. */
  page: number;
  /** How many pages there are (at least 1). */
  pageCount: number;
  /** The address of a page, e.g. `(page) => \`/antraege?seite=${page}\``. */
  hrefFor: (page: number) => string;
  /**
   * What the previous page holds, shown under „Vorherige Seite“ and part of the link's name, e.g. „Anträge 11–20“.
   * @default undefined
   */
  previousPageLabel?: ReactNode;
  /**
   * What the next page holds, shown under „Nächste Seite“ and part of the link's name.
   * @default undefined
   */
  nextPageLabel?: ReactNode;
  /**
   * `compact` shows only „Seite 3 von 12“ between the previous and next links. `full` shows the page links and
   * switches to the compact form by itself where it is narrower than 30rem.
   * @default 'full'
   */
  variant?: 'full' | 'compact';
  /**
   * Name of the navigation landmark.
   * @default 'Seitennummerierung' (de) / 'Pagination' (en)
   */
  'aria-label'?: string;
  /**
   * Language of the default texts.
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * Links to the pages of a long list: previous and next with names that say where they lead, page links with the
 * current page marked, ellipses for long ranges, and a compact „Seite 3 von 12“ on narrow screens.
 * Throws a RangeError when `page` or `pageCount` is not a valid page number.
 */
export const Pagination = forwardRef<HTMLElement, PaginationProps>(function Pagination(
  {
    page,
    pageCount,
    hrefFor,
    previousPageLabel,
    nextPageLabel,
    variant = 'full',
    'aria-label': ariaLabel,
    locale,
    className,
    ...rest
  },
  ref,
) {
  const entries = paginationRange(page, pageCount);
  const texts = textsFor(TEXTS, locale);
  const href = (target: number) => {
    const raw = hrefFor(target);
    const safe = safeHref(raw);
    if (process.env.NODE_ENV !== 'production' && safe === undefined)
      devWarning(`Pagination: the href "${raw}" uses an unsafe URL scheme and was removed.`);
    return safe;
  };
  // The link's name is the direction and the page's label, joined by a space („Vorherige Seite Anträge 11–20“):
  // a visually hidden „:“ between them was padded with spaces by browsers („Vorherige Seite : …“).
  const direction = (rel: 'prev' | 'next', target: number, text: string, label: ReactNode) => (
    <a className={`sk-pagination__${rel}`} href={href(target)} rel={rel}>
      <span className="sk-pagination__direction">{text}</span>
      {label ? (
        <>
          {' '}
          <span className="sk-pagination__page-label">{label}</span>
        </>
      ) : null}
    </a>
  );
  return (
    <nav
      ref={ref}
      aria-label={ariaLabel ?? texts.label}
      className={cx('sk-pagination', variant === 'compact' && 'sk-pagination--compact', className)}
      {...rest}
    >
      <div className="sk-pagination__inner">
        {page > 1 ? direction('prev', page - 1, texts.previous, previousPageLabel) : null}
        <ul className="sk-pagination__list">
          {entries.map((entry, index) =>
            entry === 'ellipsis' ? (
              // An ellipsis has no identity of its own; at most two, told apart by position.
              <li
                key={`ellipsis-${String(index)}`}
                className="sk-pagination__item sk-pagination__ellipsis"
              >
                …
              </li>
            ) : (
              <li key={entry} className="sk-pagination__item">
                <a
                  className="sk-pagination__link"
                  href={href(entry)}
                  aria-label={texts.page(entry)}
                  aria-current={entry === page ? 'page' : undefined}
                >
                  {entry}
                </a>
              </li>
            ),
          )}
        </ul>
        <p className="sk-pagination__status">{texts.status(page, pageCount)}</p>
        {page < pageCount ? direction('next', page + 1, texts.next, nextPageLabel) : null}
      </div>
    </nav>
  );
});
if (process.env.NODE_ENV !== 'production') Pagination.displayName = 'Pagination';
