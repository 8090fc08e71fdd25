// Checks for WCAG success criteria axe cannot see, run in Chromium on a page as it is (a story, or a
// fixture that must fail). Each returns a list of readable problems; an empty list passes.
// Used by ../criteria.test.mjs (every story) and ../criteria-fixtures.test.mjs (proof they can fail).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The WCAG 1.4.12 text-spacing overrides (the bookmarklet values). */
export const TEXT_SPACING_CSS = `*, *::before, *::after {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-block-end: 2em !important; }`;

/** The longest transition or animation allowed to run with `prefers-reduced-motion: reduce`. */
export const MOTION_THRESHOLD_MS = 100;

/**
 * 1.4.10 Reflow: at the current viewport nothing makes the page scroll sideways, except content inside
 * an element that scrolls itself (a table's scroll region). Lists the elements that stick out.
 * @param {import('playwright').Page} page
 * @param {string} root CSS selector of the content to check
 */
export function horizontalOverflow(page, root) {
  return page.evaluate((selector) => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    const scrolls = (element) => {
      for (let e = element.parentElement; e; e = e.parentElement) {
        const { overflowX } = getComputedStyle(e);
        if (overflowX === 'auto' || overflowX === 'scroll') return true;
      }
      return false;
    };
    // Elements whose box sticks out, and elements whose content (a long word) overflows their box.
    const out = [...document.querySelectorAll(`${selector} *`)].filter((element) => {
      const box = element.getBoundingClientRect();
      const overflow =
        getComputedStyle(element).overflowX === 'visible'
          ? Math.max(0, element.scrollWidth - element.clientWidth)
          : 0;
      return box.width > 0 && box.right + overflow > width + 1 && !scrolls(element);
    });
    // Report the outermost ones only.
    const outermost = out.filter((e) => !out.some((o) => o !== e && o.contains(e)));
    return [
      `the page scrolls sideways at ${width} px (${document.documentElement.scrollWidth} px wide): ` +
        outermost
          .slice(0, 3)
          .map(
            (e) =>
              `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''}`,
          )
          .join(', '),
    ];
  }, root);
}

/**
 * Text cut off: an element that hides its overflow while its content is larger than its box (not the
 * visually-hidden pattern, which is 1 px on purpose). For 1.4.12 (with the text-spacing overrides) and 1.4.4.
 * @param {import('playwright').Page} page
 * @param {string} root
 */
export function clippedText(page, root) {
  return page.evaluate((selector) => {
    const problems = [];
    for (const element of document.querySelectorAll(`${selector} *`)) {
      const style = getComputedStyle(element);
      const hides = (value) => value === 'hidden' || value === 'clip';
      if (!hides(style.overflowX) && !hides(style.overflowY) && style.textOverflow !== 'ellipsis')
        continue;
      if (element.clientWidth <= 1 || element.clientHeight <= 1) continue; // visually hidden
      if (!element.textContent?.trim()) continue;
      const x = element.scrollWidth > element.clientWidth + 1;
      const y = element.scrollHeight > element.clientHeight + 1;
      if ((hides(style.overflowX) && x) || (hides(style.overflowY) && y)) {
        const name = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`;
        problems.push(`text cut off in ${name}: „${element.textContent.trim().slice(0, 40)}“`);
      }
    }
    return problems;
  }, root);
}

/**
 * 2.3.3 / prefers-reduced-motion: with `reduce`, no element (or pseudo-element) has a transition or an
 * animation longer than the threshold, and no running animation lasts longer.
 * @param {import('playwright').Page} page
 * @param {string} root
 */
export function motion(page, root) {
  return page.evaluate(
    ([selector, threshold]) => {
      const ms = (value) =>
        Math.max(
          0,
          ...value.split(',').map((part) => {
            const text = part.trim();
            return text.endsWith('ms') ? Number.parseFloat(text) : Number.parseFloat(text) * 1000;
          }),
        );
      const problems = [];
      for (const element of document.querySelectorAll(`${selector}, ${selector} *`)) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(element, pseudo);
          const transition = style.transitionProperty !== 'none' ? ms(style.transitionDuration) : 0;
          const animation = style.animationName !== 'none' ? ms(style.animationDuration) : 0;
          const longest = Math.max(transition, animation);
          if (longest > threshold) {
            const name = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}${pseudo ?? ''}`;
            problems.push(`${name} moves for ${longest} ms with prefers-reduced-motion: reduce`);
          }
        }
      }
      for (const animation of document.getAnimations()) {
        const duration = Number(animation.effect?.getComputedTiming().duration ?? 0);
        if (duration > threshold && animation.playState === 'running') {
          problems.push(`an animation runs for ${duration} ms with prefers-reduced-motion: reduce`);
        }
      }
      return [...new Set(problems)];
    },
    [root, MOTION_THRESHOLD_MS],
  );
}

/**
 * 4.1.2 / 1.3.1: the accessibility tree (roles, names, states, descriptions as Playwright's ARIA
 * snapshot shows them) compared with the committed snapshot. `update` writes it instead.
 * @param {import('playwright').Page} page
 * @param {string} root
 * @param {string} file the committed snapshot (YAML)
 * @param {boolean} update
 */
export async function ariaSnapshotDifference(page, root, file, update) {
  const actual = `${await page.locator(root).ariaSnapshot()}\n`;
  if (update) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return [];
  }
  if (!existsSync(file)) return [`no accessibility-tree snapshot yet (${file})`];
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) return [];
  const a = expected.split('\n');
  const b = actual.split('\n');
  const lines = [];
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) {
      if (a[i] !== undefined) lines.push(`  - ${a[i]}`);
      if (b[i] !== undefined) lines.push(`  + ${b[i]}`);
    }
  }
  return [`the accessibility tree changed (- committed, + now):\n${lines.slice(0, 12).join('\n')}`];
}
