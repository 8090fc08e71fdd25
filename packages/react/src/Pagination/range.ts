/** One entry of a pagination: a page number or a gap of two or more pages. */
export type PaginationEntry = number | 'ellipsis';

/**
 * The pages a pagination shows: the first, the last, the current one and its neighbours (current ± 1). A gap of one
 * page shows that page instead of an ellipsis, so an ellipsis always stands for at least two pages.
 * Throws a RangeError naming the bad value when `pageCount` is not a whole number ≥ 1 or `page` is not a whole
 * number from 1 to `pageCount`.
 */
export function paginationRange(page: number, pageCount: number): PaginationEntry[] {
  if (!Number.isInteger(pageCount) || pageCount < 1)
    throw new RangeError(
      `pagination: pageCount must be a whole number of at least 1, got ${String(pageCount)}`,
    );
  if (!Number.isInteger(page) || page < 1 || page > pageCount)
    throw new RangeError(
      `pagination: page must be a whole number from 1 to ${String(pageCount)}, got ${String(page)}`,
    );
  const shown = new Set([1, page - 1, page, page + 1, pageCount]);
  const entries: PaginationEntry[] = [];
  let previous = 0;
  for (let candidate = 1; candidate <= pageCount; candidate += 1) {
    if (!shown.has(candidate)) continue;
    const gap = candidate - previous - 1;
    if (gap === 1) entries.push(candidate - 1);
    else if (gap > 1) entries.push('ellipsis');
    entries.push(candidate);
    previous = candidate;
  }
  return entries;
}
