import { describe, expect, it } from 'vitest';
import { paginationRange } from './range.js';

describe('paginationRange', () => {
  it.each([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [2, 3, [1, 2, 3]],
    [1, 5, [1, 2, 'ellipsis', 5]],
    [3, 5, [1, 2, 3, 4, 5]],
    [1, 12, [1, 2, 'ellipsis', 12]],
    [3, 12, [1, 2, 3, 4, 'ellipsis', 12]],
    [4, 12, [1, 2, 3, 4, 5, 'ellipsis', 12]],
    [6, 12, [1, 'ellipsis', 5, 6, 7, 'ellipsis', 12]],
    [9, 12, [1, 'ellipsis', 8, 9, 10, 11, 12]],
    [12, 12, [1, 'ellipsis', 11, 12]],
  ] as const)('page %i of %i gives %j', (page, pageCount, expected) => {
    expect(paginationRange(page, pageCount)).toEqual(expected);
  });

  it('always shows the first, the last, the current page and its neighbours, and an ellipsis only for two or more pages', () => {
    for (let pageCount = 1; pageCount <= 30; pageCount += 1) {
      for (let page = 1; page <= pageCount; page += 1) {
        const entries = paginationRange(page, pageCount);
        const numbers = entries.filter((entry): entry is number => entry !== 'ellipsis');
        for (const required of [1, page - 1, page, page + 1, pageCount].filter(
          (p) => p >= 1 && p <= pageCount,
        ))
          expect(numbers).toContain(required);
        entries.forEach((entry, index) => {
          if (entry !== 'ellipsis') return;
          const before = entries[index - 1] as number;
          const after = entries[index + 1] as number;
          expect(after - before).toBeGreaterThan(2);
        });
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      }
    }
  });

  it.each([
    [1, 0, 'pageCount must be a whole number of at least 1, got 0'],
    [1, 2.5, 'pageCount must be a whole number of at least 1, got 2.5'],
    [0, 5, 'page must be a whole number from 1 to 5, got 0'],
    [6, 5, 'page must be a whole number from 1 to 5, got 6'],
    [Number.NaN, 5, 'page must be a whole number from 1 to 5, got NaN'],
  ])('rejects page %s of %s with a clear message', (page, pageCount, message) => {
    expect(() => paginationRange(page, pageCount)).toThrow(
      new RangeError(`pagination: ${message}`),
    );
  });
});
