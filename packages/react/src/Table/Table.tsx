import { forwardRef, useId } from 'react';
import type {
  MouseEventHandler,
  ReactNode,
  TableHTMLAttributes,
  TdHTMLAttributes,
  ThHTMLAttributes,
} from 'react';
import { cx } from '../internal/cx.js';
import { devWarning, hasTextContent } from '../internal/dev.js';

export type TableProps = TableHTMLAttributes<HTMLTableElement> & {
  /** What the table shows. Required: it names the table and its scroll region. */
  caption: ReactNode;
  /**
   * Puts the table in a scroll container that scrolls sideways when the table is wider than the page; the
   * container is a region named by the caption and a Tab stop, so keyboard users can scroll it. Turn it off
   * only for narrow tables that never overflow.
   * @default true
   */
  scroll?: boolean;
  /**
   * Shades every other body row.
   * @default false
   */
  striped?: boolean;
  /**
   * Smaller text and padding, for tables with many rows.
   * @default false
   */
  compact?: boolean;
  /**
   * Announces the current order after the user sorted a column, e.g. „Sortiert nach Eingangsdatum,
   * absteigend“ (a visually hidden `role="status"`). Set it from the same state as the headers' `sort`.
   * @default undefined
   */
  sortStatus?: string;
};

/**
 * A data table with a caption. Write the rows with `<thead>`, `<tbody>` and `<tr>`, the cells with
 * `TableHeaderCell` and `TableCell` (or plain `<th>`/`<td>`). Renders `<table class="sk-table">`, by default in
 * a keyboard-scrollable region.
 */
export const Table = forwardRef<HTMLTableElement, TableProps>(function Table(
  {
    caption,
    scroll = true,
    striped = false,
    compact = false,
    sortStatus,
    className,
    children,
    ...rest
  },
  ref,
) {
  const captionId = `${useId()}-caption`;
  if (process.env.NODE_ENV !== 'production' && !hasTextContent(caption))
    devWarning('Table has no caption. Give it a caption that says what the table shows.');
  const table = (
    <table
      ref={ref}
      className={cx(
        'sk-table',
        striped && 'sk-table--striped',
        compact && 'sk-table--compact',
        className,
      )}
      {...rest}
    >
      <caption id={captionId} className="sk-table__caption">
        {caption}
      </caption>
      {children}
    </table>
  );
  const status =
    sortStatus === undefined ? null : (
      <p role="status" className="sk-table__status">
        {sortStatus}
      </p>
    );
  if (!scroll)
    return status ? (
      <>
        {table}
        {status}
      </>
    ) : (
      table
    );
  return (
    <>
      {/* A scrollable region must be reachable by keyboard (WCAG 2.1.1): tabIndex 0 on a named region. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="sk-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        {table}
      </div>
      {status}
    </>
  );
});
if (process.env.NODE_ENV !== 'production') Table.displayName = 'Table';

export type TableSort = 'ascending' | 'descending' | 'none';

export type TableHeaderCellProps = ThHTMLAttributes<HTMLTableCellElement> & {
  /**
   * Aligns a column of numbers to the end, with figures of equal width.
   * @default false
   */
  numeric?: boolean;
  /**
   * The column's sort state, shown by an icon and `aria-sort`. Only with `onSort`.
   * @default 'none'
   */
  sort?: TableSort;
  /**
   * Makes the header a sort button. Sorting the rows is the app's job: update the rows and `sort` (and the
   * table's `sortStatus`). @default undefined
   */
  onSort?: MouseEventHandler<HTMLButtonElement>;
};

/** A header cell (`<th>`), by default for a column; optionally a sort button. */
export const TableHeaderCell = forwardRef<HTMLTableCellElement, TableHeaderCellProps>(
  function TableHeaderCell(
    { numeric = false, sort, onSort, scope = 'col', className, children, ...rest },
    ref,
  ) {
    const sortable = onSort !== undefined;
    return (
      <th
        ref={ref}
        scope={scope}
        aria-sort={sortable ? (sort ?? 'none') : undefined}
        className={cx('sk-table__cell', numeric && 'sk-table__cell--numeric', className)}
        {...rest}
      >
        {sortable ? (
          <button type="button" className="sk-table__sort" onClick={onSort}>
            {children}
            <span className="sk-table__sort-icon" aria-hidden="true" />
          </button>
        ) : (
          children
        )}
      </th>
    );
  },
);
if (process.env.NODE_ENV !== 'production') TableHeaderCell.displayName = 'TableHeaderCell';

export type TableCellProps = TdHTMLAttributes<HTMLTableCellElement> & {
  /**
   * Aligns a number to the end, with figures of equal width (use it on the whole column).
   * @default false
   */
  numeric?: boolean;
};

/** A data cell (`<td>`). */
export const TableCell = forwardRef<HTMLTableCellElement, TableCellProps>(function TableCell(
  { numeric = false, className, children, ...rest },
  ref,
) {
  return (
    <td
      ref={ref}
      className={cx('sk-table__cell', numeric && 'sk-table__cell--numeric', className)}
      {...rest}
    >
      {children}
    </td>
  );
});
if (process.env.NODE_ENV !== 'production') TableCell.displayName = 'TableCell';
