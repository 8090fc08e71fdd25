// axe-core in a Playwright page, shared by the browser tests that check whole pages (the example service's
// journey, Storybook's docs pages): WCAG 2.2 A/AA and best practice, violations as readable lines.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * A documented exception: results of `rule` are dropped for nodes inside an element matching `inside`, or,
 * with `whenPresent`, on pages where that selector matches. `reason` says why (it is part of the test's code).
 * @typedef {{ rule: string, inside?: string, whenPresent?: string, reason: string }} AxeExemption
 */

/**
 * @param {string} from `import.meta.url` of the caller: axe-core is resolved from the caller's package
 *   (each test package depends on axe-core itself)
 * @returns {(page: import('playwright').Page, options?: { exempt?: AxeExemption[] }) => Promise<string[]>}
 *   axe on the page as it is
 */
export function axeChecker(from) {
  const source = readFileSync(createRequire(from).resolve('axe-core/axe.min.js'), 'utf8');
  return async (page, { exempt = [] } = {}) => {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
    return page.evaluate(
      async ({ tags, exemptions }) => {
        // @ts-expect-error axe is the global the script above defines
        const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
        /** @param {any} violation @param {any} node */
        const exempted = (violation, node) =>
          exemptions.some(
            (/** @type {AxeExemption} */ e) =>
              e.rule === violation.id &&
              ((e.whenPresent !== undefined && document.querySelector(e.whenPresent) !== null) ||
                (e.inside !== undefined &&
                  document.querySelector(node.target.join(' '))?.closest(e.inside) != null)),
          );
        return results.violations.flatMap((/** @type {any} */ v) => {
          const nodes = v.nodes.filter((/** @type {any} */ n) => !exempted(v, n));
          return nodes.length === 0
            ? []
            : [
                `${v.id}: ${v.help} — ${nodes.map((/** @type {any} */ n) => n.target.join(' ')).join(', ')}`,
              ];
        });
      },
      { tags: AXE_TAGS, exemptions: exempt },
    );
  };
}
