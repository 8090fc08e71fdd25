// Switching stories in place on one page of the built Storybook, shared by the per-story checks
// (../criteria.test.mjs, ../forced-colors.test.mjs).
import assert from 'node:assert/strict';

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
