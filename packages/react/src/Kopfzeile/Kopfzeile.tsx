import { forwardRef } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import { devWarning, hasTextContent } from '../internal/dev.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';

const SUMMARY: Texts<string> = {
  de: 'Woran Sie das erkennen',
  en: 'How you can tell',
};

export type KopfzeileProps = HTMLAttributes<HTMLDivElement> & {
  /** Whose site this is, e.g. „Ein Angebot der Landeshauptstadt München“. */
  children: ReactNode;
  /**
   * An explanation that opens below the bar (native `<details>`, works without JavaScript), e.g. how to
   * recognise the city's official addresses. Without it there is no toggle.
   * @default undefined
   */
  explanation?: ReactNode;
  /**
   * The text of the toggle that opens the explanation.
   * @default 'Woran Sie das erkennen' (de) / 'How you can tell' (en)
   */
  summary?: ReactNode;
  /**
   * Language of the default toggle text.
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * The identity bar above the page header: whose site this is, with an optional explanation that opens on
 * `<details>`/`<summary>` (KERN Kopfzeile, Digitale Dachmarke).
 */
export const Kopfzeile = forwardRef<HTMLDivElement, KopfzeileProps>(function Kopfzeile(
  { explanation, summary, locale, className, children, ...rest },
  ref,
) {
  if (process.env.NODE_ENV !== 'production' && !hasTextContent(children))
    devWarning(
      'Kopfzeile has no text. Say whose site this is, e.g. „Ein Angebot der Landeshauptstadt München“.',
    );
  return (
    <div ref={ref} className={cx('sk-kopfzeile', className)} {...rest}>
      <div className="sk-kopfzeile__inner">
        <p className="sk-kopfzeile__text">{children}</p>
        {explanation ? (
          <details className="sk-kopfzeile__details">
            <summary className="sk-kopfzeile__summary">
              {summary ?? textsFor(SUMMARY, locale)}
            </summary>
            <div className="sk-kopfzeile__explanation">{explanation}</div>
          </details>
        ) : null}
      </div>
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') Kopfzeile.displayName = 'Kopfzeile';
