// Forced colours (Windows high-contrast themes) for every story of the built Storybook in Chromium, with
// `forced-colors: active` emulated: controls keep a boundary, the focus indicator stays visible, checked /
// selected / current / pressed / expanded states stay distinguishable, icons do not vanish
// (./criteria/forced-colors.mjs). KERN theme, light: forced colours replace the theme's colours with the system
// ones, so the theme does not change what is checked here. SK_STORIES=<regular expression> narrows the run to
// matching story ids.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { builtEntries, openBuiltStorybook, openStory } from './criteria/storybook-page.mjs';
import {
  baselineOf,
  forcedColorsLaunchOptions,
  indistinguishableStates,
  invisibleFocus,
  missingBoundaries,
  vanishingIcons,
} from './criteria/forced-colors.mjs';

const ROOT = '#storybook-root';
const VIEWPORT = { width: 1024, height: 768 };
/** The tallest viewport a story gets, so that the screenshots never need scrolling. */
const MAX_HEIGHT = 4000;

const { entries: stories, narrowed } = builtEntries('story', 'SK_STORIES');

let page;
let close;
before(async () => {
  // One page for all stories, switched in place (as in criteria.test.mjs). Reduced motion keeps every
  // screenshot still. a11y.manual: the a11y addon does not run axe after every render here (the story tests
  // do); a third less time per story.
  ({ page, close } = await openBuiltStorybook({
    launch: forcedColorsLaunchOptions(),
    context: { viewport: VIEWPORT, reducedMotion: 'reduce', forcedColors: 'active' },
    clock: true,
    path: `iframe.html?id=${stories[0]?.id ?? ''}&viewMode=story&globals=theme:kern;colorScheme:light;a11y.manual:!true`,
  }));
});
after(async () => {
  await close?.();
});

it('finds the stories in the built Storybook', () => {
  assert.ok(stories.length > (narrowed ? 0 : 100), `only ${stories.length} stories`);
});

it('emulates forced colours', async () => {
  assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
});

for (const story of stories) {
  describe(story.id, () => {
    it('keeps boundaries, a visible focus indicator, distinguishable states and its icons in forced colours', async () => {
      await openStory(page, story.id);
      await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      if (height > VIEWPORT.height) {
        await page.setViewportSize({ width: VIEWPORT.width, height: Math.min(height, MAX_HEIGHT) });
      }
      try {
        const baseline = baselineOf(page, ROOT);
        const problems = [
          ...(await missingBoundaries(page, ROOT)),
          ...(await vanishingIcons(page, ROOT, { baseline })),
          ...(await indistinguishableStates(page, ROOT, { baseline })),
          // Last: focusing may run a story's focus and blur handlers.
          ...(await invisibleFocus(page, ROOT, { baseline })),
        ];
        assert.deepEqual(problems, []);
      } finally {
        if (height > VIEWPORT.height) await page.setViewportSize(VIEWPORT);
      }
    });
  });
}
