// Visual regression: a screenshot of what a page shows (a story, or a fixture that must fail) compared with a
// committed baseline PNG. Used by ../visual.test.mjs (the stories in every theme) and
// ../visual-fixtures.test.mjs (proof that a change fails).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Writes the baselines again after an intended change (builds Storybook, then runs visual.test.mjs). */
export const UPDATE_COMMAND = 'pnpm --filter @stadtkern/storybook update:visual';

/**
 * pixelmatch's per-pixel colour threshold (0 = any difference, 1 = black against white). 0.1 lets through the
 * rasteriser's noise: between runs in the same Chromium a few pixels at rounded corners change by ≤ 8 of 255 in
 * one channel; none of them reaches 0.1.
 */
export const PIXEL_THRESHOLD = 0.1;

/**
 * The most pixels that may differ (above the threshold, anti-aliased pixels not counted) for a screenshot to
 * pass. An absolute count, not a share of the image: a real change touches at least a glyph or an edge — a
 * changed letter is some 30–60 px, a 1-px border of a 40-px high button some 160 px — while 0.1 % of the
 * colour-contrast page (992 × 4000 px) would be 4000 px, enough to hide a changed button label. The few pixels
 * allowed absorb isolated rasterisation noise on another machine with the same Chromium.
 */
export const MAX_DIFFERENT_PIXELS = 10;

/**
 * A PNG screenshot of everything a page's content draws: from the page's top-left corner to the right and
 * bottom edges of the root element and every visible element inside it (so a modal dialog in the top layer or
 * a popup that sticks out of the root is included), plus 16 px (the padded layout's margin, where outlines and
 * shadows at the edge are drawn), within the page's own size. Animations are stopped, the caret is hidden.
 * @param {import('playwright').Page} page
 * @param {string} root CSS selector of the content
 * @returns {Promise<Buffer>}
 */
export async function contentScreenshot(page, root) {
  const clip = await page.evaluate((selector) => {
    const element = document.querySelector(selector);
    if (!element) throw new Error(`${selector} is not on the page`);
    let right = 0;
    let bottom = 0;
    for (const e of [element, ...element.querySelectorAll('*')]) {
      const box = e.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (!e.checkVisibility({ visibilityProperty: true })) continue;
      right = Math.max(right, box.right + window.scrollX);
      bottom = Math.max(bottom, box.bottom + window.scrollY);
    }
    const page = document.documentElement;
    const width = Math.max(page.scrollWidth, page.clientWidth);
    const height = Math.max(page.scrollHeight, window.innerHeight);
    return {
      x: 0,
      y: 0,
      width: Math.min(width, Math.max(page.clientWidth, Math.ceil(right) + 16)),
      height: Math.max(1, Math.min(height, Math.ceil(bottom) + 16)),
    };
  }, root);
  return page.screenshot({
    clip,
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
    scale: 'css',
  });
}

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** A path as a message shows it: relative to the repository when it is inside it. */
function shown(path) {
  const inside = relative(repoRoot, path);
  return inside.startsWith('..') ? path : inside;
}

/** Copies `png` onto a transparent canvas of the given size (to compare images of different sizes). */
function onCanvas(png, width, height) {
  if (png.width === width && png.height === height) return png;
  const canvas = new PNG({ width, height });
  PNG.bitblt(png, canvas, 0, 0, png.width, png.height, 0, 0);
  return canvas;
}

/**
 * Compares a screenshot with its baseline. Returns a list of readable problems (empty: it matches).
 * On a failure it writes expected.png, actual.png and diff.png to `failures` (emptied first, so that the folder
 * only ever shows the last comparison). With `update`, it writes the screenshot as the new baseline instead —
 * unless the baseline still matches within the tolerance, so that rasterisation noise does not churn the files.
 * @param {{ actual: Buffer, baseline: string, failures: string, label: string, update?: boolean, note?: string }} options
 *   `baseline`: path of the committed PNG; `failures`: folder for the three images; `label`: names what was
 *   photographed (story, theme, scheme) in the message; `note`: appended to a failure message (e.g. that the
 *   baselines were made with another Chromium).
 * @returns {string[]}
 */
export function compareWithBaseline({ actual, baseline, failures, label, update = false, note }) {
  rmSync(failures, { recursive: true, force: true });
  const suffix = note ? `\n  ${note}` : '';
  const where = shown(failures);
  if (!existsSync(baseline)) {
    if (update) {
      mkdirSync(dirname(baseline), { recursive: true });
      writeFileSync(baseline, actual);
      return [];
    }
    mkdirSync(failures, { recursive: true });
    writeFileSync(join(failures, 'actual.png'), actual);
    return [
      `${label}: no baseline ${shown(baseline)} — run \`${UPDATE_COMMAND}\` and commit the new file (the screenshot is in ${where}/actual.png)`,
    ];
  }
  const expectedPng = readFileSync(baseline);
  if (expectedPng.equals(actual)) return [];
  const expected = PNG.sync.read(expectedPng);
  const seen = PNG.sync.read(actual);
  const width = Math.max(expected.width, seen.width);
  const height = Math.max(expected.height, seen.height);
  const sameSize = expected.width === seen.width && expected.height === seen.height;
  const diff = new PNG({ width, height });
  const different = pixelmatch(
    onCanvas(expected, width, height).data,
    onCanvas(seen, width, height).data,
    diff.data,
    width,
    height,
    { threshold: PIXEL_THRESHOLD, includeAA: false },
  );
  if (sameSize && different <= MAX_DIFFERENT_PIXELS) return [];
  if (update) {
    writeFileSync(baseline, actual);
    return [];
  }
  mkdirSync(failures, { recursive: true });
  writeFileSync(join(failures, 'expected.png'), expectedPng);
  writeFileSync(join(failures, 'actual.png'), actual);
  writeFileSync(join(failures, 'diff.png'), PNG.sync.write(diff));
  const share = `${((different / (width * height)) * 100).toFixed(3)} %`;
  const what = sameSize
    ? `${different} pixels differ (${share} of ${width} × ${height} px; at most ${MAX_DIFFERENT_PIXELS} may)`
    : `the size changed from ${expected.width} × ${expected.height} px to ${seen.width} × ${seen.height} px (${different} pixels, ${share}, differ on the common canvas)`;
  return [
    `${label}: ${what}. expected.png, actual.png and diff.png are in ${where}/. If the change is intended, run \`${UPDATE_COMMAND}\`.${suffix}`,
  ];
}

/**
 * A note for failure messages when the baselines were made with another Chromium than this run's: a new
 * browser version may draw text or anti-aliasing a little differently. Empty when the versions agree.
 * @param {string | undefined} recorded the version the baselines were made with (undefined: not recorded)
 * @param {string} running this run's version
 */
export function chromiumNote(recorded, running) {
  if (recorded === running) return '';
  return `Note: the baselines were made with Chromium ${recorded ?? '(version not recorded)'}, this run uses Chromium ${running}. If diff.png shows only changed text rendering or anti-aliasing, the browser is the cause: run \`${UPDATE_COMMAND}\` with this Chromium and commit the baselines with the new CHROMIUM_VERSION.`;
}

/**
 * Baselines that no story asks for any more (a renamed or deleted story, a theme that is gone): every file and
 * folder below `root` that is not `<group>/<id>.png` for a group and id in `expected`, nor one of `keep`.
 * With `remove`, deletes them (the update command) and returns an empty list.
 * @param {string} root the baselines folder
 * @param {Map<string, Set<string>>} expected group folder name → story ids
 * @param {{ keep?: string[], remove?: boolean }} [options] `keep`: top-level files that belong there
 * @returns {string[]} the stale paths, relative to `root`
 */
export function staleBaselines(root, expected, { keep = [], remove = false } = {}) {
  if (!existsSync(root)) return [];
  const stale = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) {
      if (!keep.includes(entry.name)) stale.push(entry.name);
      continue;
    }
    const ids = expected.get(entry.name);
    const files = readdirSync(join(root, entry.name));
    for (const file of files) {
      // NFC: a checkout on macOS may list composed characters (the ü in a story id) decomposed.
      const name = file.normalize('NFC');
      if (!name.endsWith('.png') || !ids?.has(name.slice(0, -'.png'.length))) {
        stale.push(`${entry.name}/${file}`);
      }
    }
    if (!ids && files.length === 0) stale.push(`${entry.name}/`);
  }
  stale.sort();
  if (!remove) return stale;
  for (const path of stale) rmSync(join(root, path), { recursive: true, force: true });
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory() && readdirSync(join(root, entry.name)).length === 0) {
      rmSync(join(root, entry.name), { recursive: true });
    }
  }
  return [];
}
