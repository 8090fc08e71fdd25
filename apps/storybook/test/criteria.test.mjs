// Beyond axe, for every story of the built Storybook in Chromium, light (these criteria do not depend on the
// colours): the accessibility tree against its committed snapshot, reflow at 320 px (1.4.10), the WCAG
// text-spacing overrides (1.4.12), text at 200 % (1.4.4) and prefers-reduced-motion — in the reference theme KERN,
// and all but the snapshot again in each further selected theme (one per run: SK_STORY_THEMES,
// scripts/lib/story-themes.mjs), whose font, radii and metric overrides can change a layout. Not every theme in
// every run, so the run time does not grow with the number of cities: the rotation covers each theme within
// (number of further themes) runs, and a theme's merge request runs every story in it (`pnpm test:theme`).
// Update the snapshots after an intended change: `pnpm --filter @stadtkern/storybook update:aria`
// (runs this file with SK_UPDATE_ARIA=1; review the diff of aria-snapshots/ like code).
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  builtEntries,
  openBuiltStorybook,
  openStory,
  setGlobals,
} from './criteria/storybook-page.mjs';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';
import { REFERENCE_THEME, storyThemes } from '../../../scripts/lib/story-themes.mjs';
import {
  TEXT_SPACING_CSS,
  ariaSnapshotDifference,
  clippedText,
  horizontalOverflow,
  motion,
} from './criteria/checks.mjs';

const snapshots = fileURLToPath(new URL('../aria-snapshots/', import.meta.url));
const update = process.env.SK_UPDATE_ARIA === '1';
const ROOT = '#storybook-root';

// SK_STORIES=<regular expression> narrows the run to matching story ids (while working on a component).
const { entries: stories, narrowed } = builtEntries('story', 'SK_STORIES');

let page;
let close;
before(async () => {
  // One page for all stories, switched in place. Reduced motion holds for the whole run; it changes none of
  // the other checks. Timers run as usual; runFor() fast-forwards them once a story has played.
  ({ page, close } = await openBuiltStorybook({
    launch: chromiumLaunchOptions(),
    context: { viewport: { width: 1024, height: 768 }, reducedMotion: 'reduce' },
    clock: true,
    path: `iframe.html?id=${stories[0]?.id ?? ''}&viewMode=story&globals=theme:kern;colorScheme:light`,
  }));
});
after(async () => {
  await close?.();
});

it('finds the stories in the built Storybook', () => {
  assert.ok(stories.length > (narrowed ? 0 : 100), `only ${stories.length} stories`);
});

/**
 * The checks of one story in the theme on the page; `snapshot`: compare (or, when updating, write) its
 * accessibility tree too.
 * @param {string} id
 * @param {{ snapshot: boolean }} options
 */
async function check(id, { snapshot }) {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openStory(page, id);
  const problems = [
    ...(snapshot ? await ariaSnapshotDifference(page, ROOT, `${snapshots}${id}.yml`, update) : []),
    ...(await motion(page, ROOT)),
  ];
  await page.setViewportSize({ width: 320, height: 640 });
  // A new layout may use a font face not loaded yet: measure with the real font, not the fallback.
  await page.evaluate(() => document.fonts.ready);
  problems.push(...(await horizontalOverflow(page, ROOT)));
  const spacing = await page.addStyleTag({ content: TEXT_SPACING_CSS });
  try {
    problems.push(...(await clippedText(page, ROOT)).map((p) => `with text spacing: ${p}`));
  } finally {
    await spacing.evaluate((element) => element.remove());
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(async () => {
    document.documentElement.style.fontSize = '200%';
    await document.fonts.ready;
  });
  try {
    problems.push(...(await horizontalOverflow(page, ROOT)).map((p) => `at 200 % text: ${p}`));
    problems.push(...(await clippedText(page, ROOT)).map((p) => `at 200 % text: ${p}`));
  } finally {
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '';
    });
  }
  return problems;
}

const selected = storyThemes();
for (const theme of selected)
  describe(`${theme}, light`, () => {
    // The page opens in KERN, light.
    if (theme !== REFERENCE_THEME) before(() => setGlobals(page, { theme, colorScheme: 'light' }));
    for (const story of stories)
      describe(story.id, () => {
        it('keeps its accessibility tree; reflows at 320 px; survives text spacing and 200 % text; no motion when reduced', async () => {
          // The snapshot in the reference theme only: the foundations pages name the theme and its values.
          assert.deepEqual(await check(story.id, { snapshot: theme === REFERENCE_THEME }), []);
        });
      });
  });
