import { forwardRef } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import { devWarning, hasTextContent } from '../internal/dev.js';
import { Link } from '../Link/Link.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';

const CHANGE: Texts<string> = { de: 'Ändern', en: 'Change' };

export type SummaryListAction = {
  /** Where the action leads, usually back to the question (`/antrag/geburtsdatum`). */
  href: string;
  /**
   * Visible link text.
   * @default 'Ändern' (de) / 'Change' (en)
   */
  label?: ReactNode;
  /**
   * Visually hidden text after the label that says what the action is about, so that the accessible
   * name is unique on the page („Ändern Geburtsdatum“).
   * @default the row's key (or the card's title for card actions)
   */
  context?: ReactNode;
};

export type SummaryListRow = {
  /** What the answer is about, e.g. „Geburtsdatum“. */
  key: ReactNode;
  /** The answer. */
  value: ReactNode;
  /** Links such as „Ändern“. Rows without actions keep the columns aligned. @default undefined */
  actions?: SummaryListAction[];
};

export type SummaryListCard = {
  /** Title of the group, e.g. „Kind 1: Mia Mustermann“. */
  title: ReactNode;
  /**
   * Level of the title heading, to fit the page outline.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Actions for the whole group, such as „Entfernen“; their hidden context is the title. @default undefined */
  actions?: SummaryListAction[];
};

export type SummaryListProps = Omit<HTMLAttributes<HTMLDListElement>, 'children'> & {
  /** The rows: key, value and optional actions. */
  rows: SummaryListRow[];
  /**
   * Shows the list as a card with a title, for repeated groups (one card per child, vehicle, …).
   * `className`, `ref` and other attributes stay on the `<dl>`.
   * @default undefined
   */
  card?: SummaryListCard;
  /**
   * Hides the lines between rows.
   * @default false
   */
  noBorder?: boolean;
  /**
   * Language of the default action text.
   * @default 'de'
   */
  locale?: Locale;
};

function actionLink(action: SummaryListAction, fallbackContext: ReactNode, locale?: Locale) {
  const context = action.context ?? fallbackContext;
  if (process.env.NODE_ENV !== 'production' && !hasTextContent(context))
    devWarning(
      `SummaryList: the action to "${action.href}" has no text context, so its name is not unique. Give the row a text key or the action a \`context\`.`,
    );
  return (
    <Link href={action.href}>
      {action.label ?? textsFor(CHANGE, locale)}
      <span className="sk-summary-list__context"> {context}</span>
    </Link>
  );
}

function actionItems(actions: SummaryListAction[], context: ReactNode, locale?: Locale) {
  return actions.map((action, index) => <li key={index}>{actionLink(action, context, locale)}</li>);
}

/**
 * The „Angaben prüfen“ pattern: what a user entered, as key–value rows with links to change each
 * answer. Renders `<dl class="sk-summary-list">`; with `card`, inside a titled card.
 */
export const SummaryList = forwardRef<HTMLDListElement, SummaryListProps>(function SummaryList(
  { rows, card, noBorder = false, locale, className, ...rest },
  ref,
) {
  const anyActions = rows.some((row) => row.actions?.length);
  const list = (
    <dl
      ref={ref}
      className={cx(
        'sk-summary-list',
        !anyActions && 'sk-summary-list--no-actions',
        noBorder && 'sk-summary-list--no-border',
        className,
      )}
      {...rest}
    >
      {rows.map((row, index) => {
        const actions = row.actions ?? [];
        return (
          <div key={index} className="sk-summary-list__row">
            <dt className="sk-summary-list__key">{row.key}</dt>
            <dd className="sk-summary-list__value">{row.value}</dd>
            {actions.length === 0 ? null : (
              <dd className="sk-summary-list__actions">
                {actions.length === 1 && actions[0] ? (
                  actionLink(actions[0], row.key, locale)
                ) : (
                  <ul className="sk-summary-list__actions-list">
                    {actionItems(actions, row.key, locale)}
                  </ul>
                )}
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
  if (!card) return list;
  const Title = `h${card.headingLevel ?? 2}` as const;
  return (
    <div className="sk-summary-list__card">
      <div className="sk-summary-list__card-header">
        <Title className="sk-summary-list__card-title">{card.title}</Title>
        {card.actions?.length ? (
          <ul className="sk-summary-list__card-actions">
            {actionItems(card.actions, card.title, locale)}
          </ul>
        ) : null}
      </div>
      <div className="sk-summary-list__card-content">{list}</div>
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') SummaryList.displayName = 'SummaryList';
