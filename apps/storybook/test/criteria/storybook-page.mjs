// Switching stories and docs pages in place on one page of the built Storybook, shared by the per-story checks
// (../criteria.test.mjs, ../forced-colors.test.mjs) and the docs-page check (../docs-a11y.test.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { serveStatic } from '../../../../scripts/lib/static-server.mjs';

/** The built Storybook (`pnpm --filter @stadtkern/storybook build`). */
export const STATIC_DIR = fileURLToPath(new URL('../../storybook-static', import.meta.url));

/**
 * The entries of one type ('story' or 'docs') in the built Storybook's index; the environment variable
 * `narrowBy` (e.g. SK_STORIES=<regular expression>) narrows them to matching ids while working on a component.
 * @returns {{ entries: Array<{ id: string, title: string, type: string }>, narrowed: boolean }}
 */
export function builtEntries(/** @type {'story' | 'docs'} */ type, /** @type {string} */ narrowBy) {
  const index = JSON.parse(readFileSync(`${STATIC_DIR}/index.json`, 'utf8'));
  const only = process.env[narrowBy]
    ? new RegExp(/** @type {string} */ (process.env[narrowBy]))
    : undefined;
  return {
    entries: Object.values(index.entries).filter(
      (/** @type {any} */ entry) => entry.type === type && (!only || only.test(entry.id)),
    ),
    narrowed: only !== undefined,
  };
}

/**
 * Serves the built Storybook on loopback and opens one page at `path` (e.g. `iframe.html?id=…`); the checks then
 * switch stories or docs pages in place, which spares loading the preview bundle hundreds of times.
 * @param {{ path: string, launch: import('playwright').LaunchOptions,
 *   context?: import('playwright').BrowserContextOptions, clock?: boolean }} options
 *   clock: install Playwright's clock before loading (timers run as usual until fast-forwarded)
 */
export async function openBuiltStorybook({ path, launch, context = {}, clock = false }) {
  const server = await serveStatic({
    root: STATIC_DIR,
    html: () => '<!doctype html><title>Storybook</title>',
  });
  const browser = await chromium.launch(launch);
  const page = await (await browser.newContext(context)).newPage();
  if (clock) await page.clock.install();
  await page.goto(`${server.origin}/${path}`);
  return {
    page,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/**
 * Shows a story and waits until it has rendered and its play function has finished; then fires the timers
 * a play function left behind (the page runs Playwright's clock) and waits for fonts.
 * @param {import('playwright').Page} page
 * @param {string} id
 */
export async function openStory(page, id) {
  await page.evaluate((storyId) => {
    // @ts-expect-error Storybook's preview global
    window.__STORYBOOK_PREVIEW__.channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
  }, id);
  const phase = await page.waitForFunction(
    (storyId) => {
      // @ts-expect-error Storybook's preview global
      const renders = window.__STORYBOOK_PREVIEW__?.storyRenders ?? [];
      const render = renders.find((r) => r.id === storyId);
      return (
        ['finished', 'completed', 'errored', 'aborted'].includes(render?.phase) && render.phase
      );
    },
    id,
    { timeout: 30_000 },
  );
  assert.ok(['finished', 'completed'].includes(await phase.jsonValue()), `${id} did not render`);
  // E.g. a live region's announcement 1 s after typing: the page is the settled one, the same in every run.
  await page.clock.runFor(2000);
  await page.evaluate(() => document.fonts.ready);
}

/** Waits until the page has stopped changing for `quiet` ms (stories on a docs page render one by one). */
async function settle(/** @type {import('playwright').Page} */ page, quiet = 300) {
  await page.evaluate(
    (ms) =>
      new Promise((resolve) => {
        let timer = setTimeout(done, ms);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, ms);
        });
        function done() {
          observer.disconnect();
          resolve(undefined);
        }
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      }),
    quiet,
  );
  await page.evaluate(() => document.fonts.ready);
}

/**
 * Shows a docs page in place and waits until Storybook has rendered it and its story previews have settled.
 * @param {import('playwright').Page} page
 * @param {string} id a docs entry of index.json
 */
export async function openDocs(page, id) {
  const current = await page.evaluate((docsId) => {
    // @ts-expect-error Storybook's preview global
    const preview = window.__STORYBOOK_PREVIEW__;
    // @ts-expect-error our own marker
    if (!window.__skDocsRendered) {
      // @ts-expect-error our own marker
      window.__skDocsRendered = [];
      // @ts-expect-error our own marker
      preview.channel.on('docsRendered', (rendered) => window.__skDocsRendered.push(rendered));
    }
    if (preview.currentRender?.id === docsId && preview.currentRender?.docsContext) return true;
    // @ts-expect-error our own marker
    window.__skDocsRendered.length = 0;
    preview.channel.emit('setCurrentStory', { storyId: docsId, viewMode: 'docs' });
    return false;
  }, id);
  if (!current)
    await page.waitForFunction(
      // @ts-expect-error our own marker
      (docsId) => window.__skDocsRendered.includes(docsId),
      id,
      { timeout: 30_000 },
    );
  await settle(page);
}

/**
 * Switches theme and colour scheme in place, as the toolbar does, and waits for the page to follow.
 * @param {import('playwright').Page} page
 * @param {{ theme: string, colorScheme: string }} globals
 */
export async function setGlobals(page, globals) {
  await page.evaluate((g) => {
    // @ts-expect-error Storybook's preview global
    window.__STORYBOOK_PREVIEW__.channel.emit('updateGlobals', { globals: g });
  }, globals);
  await page.waitForFunction(
    ({ theme, colorScheme }) =>
      document.documentElement.dataset.skTheme === theme &&
      document.documentElement.dataset.skColorScheme === colorScheme,
    globals,
  );
  await settle(page);
}
