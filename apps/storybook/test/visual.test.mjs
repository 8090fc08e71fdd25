// Visual regression of the built Storybook in Chromium: every story in the reference theme KERN, light and dark,
// and a small fixed set in every other city theme of @stadtkern/tokens/themes.json, light and dark — the token
// swatch page (Grundlagen/Theme-Muster: font, radii, border widths, focus ring drawn by real components) and one
// composed page (the Seitenrahmen). The number of baselines grows by four per theme, not by every story: the
// token build's contrast gate proves each theme's colour pairs, and the story suites run every story in one
// further theme per run (docs/accessibility.md, „Theme coverage“). Each screenshot (1024 × 768 viewport, scale
// 1, reduced motion, animations stopped, caret hidden, fonts loaded, play function finished) is compared with its
// committed baseline `visual-baselines/<theme>-<scheme>/<story id>.png` (criteria/visual.mjs says how).
// The further themes are photographed in a second Chromium whose text is drawn without anti-aliasing
// (FONTCONFIG_FILE=visual-aliased-text.conf): the same glyphs of the theme's font, radii, spacing and colours, in
// a quarter of the bytes (16–21 kB instead of 64–74 kB a picture), so that a city adds at most 100 kB to the
// repository, its theme folder included (the last test holds every further theme to that). KERN's baselines
// keep the anti-aliased text users see.
// A failure writes expected.png, actual.png and diff.png to `test-results/visual/<theme>-<scheme>/<story id>/`
// (git-ignored; the CI pipelines keep that folder as an artefact of a failed run).
// After an intended change: `pnpm --filter @stadtkern/storybook update:visual` (builds Storybook, then runs this
// file with SK_UPDATE_VISUAL=1: writes the baselines that changed, deletes the stale ones and records the Chromium
// version in visual-baselines/CHROMIUM_VERSION); review the new images like code.
// SK_STORIES=<regular expression> narrows the run to matching story ids; SK_VISUAL_THEMES=<id,…> to those themes
// (`pnpm test:theme <id>`: a theme's merge request photographs its own fixed set). Without it a run compares KERN
// and the run's further theme (SK_STORY_THEMES), not every theme: see `onlyThemes`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { PNG } from 'pngjs';
import { serveStatic } from '../../../scripts/lib/static-server.mjs';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';
import { REFERENCE_THEME, storyThemes } from '../../../scripts/lib/story-themes.mjs';
import {
  UPDATE_COMMAND,
  chromiumNote,
  compareWithBaseline,
  contentScreenshot,
  staleBaselines,
} from './criteria/visual.mjs';

const staticDir = fileURLToPath(new URL('../storybook-static', import.meta.url));
const baselines = fileURLToPath(new URL('../visual-baselines', import.meta.url));
const results = fileURLToPath(new URL('../test-results/visual', import.meta.url));
const versionFile = join(baselines, 'CHROMIUM_VERSION');
const themeSources = fileURLToPath(new URL('../../../packages/tokens/themes', import.meta.url));
/** Fontconfig of the browser that photographs the further themes: text without anti-aliasing. */
const ALIASED_TEXT = fileURLToPath(new URL('./visual-aliased-text.conf', import.meta.url));
/**
 * The most bytes a further theme may add to the repository: its theme folder (packages/tokens/themes/<id>,
 * ~7 kB) and its baselines (issue #31: „repository weight per added theme ≤ 100 KB“; kB = 1000 bytes).
 */
const MAX_THEME_WEIGHT = 100_000;
const update = process.env.SK_UPDATE_VISUAL === '1';
const ROOT = '#storybook-root';
/** The theme every story is photographed in (with anti-aliased text); the other themes show the fixed set. */
const FULL_THEME = REFERENCE_THEME;
/** What every other theme is photographed in: the token swatch page and one composed page. */
const FIXED_SET = [
  'grundlagen-theme-muster--uebersicht',
  'komponenten-seitenaufbau-seitenrahmen--standard',
];

/** @type {{ id: string, schemes: string[] }[]} */
const themes = createRequire(import.meta.url)('@stadtkern/tokens/themes.json');
const index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8'));
const allStories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const fixedStories = allStories.filter((entry) => FIXED_SET.includes(entry.id));

/** Every theme × scheme and the stories photographed in it (before SK_STORIES narrows them). */
const groups = [...themes]
  .sort((a, b) => Number(b.id === FULL_THEME) - Number(a.id === FULL_THEME))
  .flatMap((theme) =>
    theme.schemes.map((scheme) => ({
      theme: theme.id,
      scheme,
      name: `${theme.id}-${scheme}`,
      stories: theme.id === FULL_THEME ? allStories : fixedStories,
    })),
  );
const only = process.env.SK_STORIES ? new RegExp(process.env.SK_STORIES) : undefined;
/**
 * The themes photographed in this run: SK_VISUAL_THEMES when given (`pnpm test:theme`); all of them when recording
 * (`update:visual`); else the run's story themes — KERN and one further theme by rotation (SK_STORY_THEMES,
 * scripts/lib/story-themes.mjs), so the run time does not grow with the number of cities. Every further theme's
 * fixed set is compared within (number of further themes) runs, and in its own merge request; that every theme
 * has its baselines is checked on every run (below).
 */
const onlyThemes =
  process.env.SK_VISUAL_THEMES?.split(',').map((id) => id.trim()) ??
  (update ? undefined : storyThemes());
const runs = groups
  .filter((group) => !onlyThemes || onlyThemes.includes(group.theme))
  .map((group) => ({ ...group, stories: group.stories.filter((s) => !only || only.test(s.id)) }))
  .filter((group) => group.stories.length > 0);

let server;
/** @type {import('playwright').Browser[]} */
const browsers = [];
let note = '';
/**
 * @typedef {{ page: import('playwright').Page, current: string }} Preview
 *   A Storybook preview page and the story on it.
 */
/**
 * The preview of KERN (false) and the one of the further themes (true: aliased text), opened when first needed.
 * @type {Map<boolean, Promise<Preview>>}
 */
const previews = new Map();

before(async () => {
  rmSync(results, { recursive: true, force: true });
  server = await serveStatic({
    root: staticDir,
    html: () => '<!doctype html><title>Storybook</title>',
  });
});
after(async () => {
  if (update && browsers[0]) writeFileSync(versionFile, `${browsers[0].version()}\n`);
  await Promise.all(browsers.map((browser) => browser.close()));
  server?.close();
});

/**
 * Fails unless `browser` draws text without anti-aliasing: a black word on white must take exactly two colours.
 * (A Chromium that does not read fontconfig would otherwise fail every further theme's comparison with a
 * picture that looks right.)
 */
async function assertAliasedText(browser) {
  const probe = await browser.newPage();
  try {
    await probe.setContent(
      '<p style="margin:0;padding:8px;font:24px sans-serif;color:#000;background:#fff">Wohngeld</p>',
    );
    const { data } = PNG.sync.read(await probe.locator('p').screenshot());
    const colours = new Set();
    for (let i = 0; i < data.length; i += 4) colours.add(data.readUInt32BE(i));
    assert.equal(
      colours.size,
      2,
      `Chromium drew text with anti-aliasing (${colours.size} colours in a black word on white): it ignored FONTCONFIG_FILE=${ALIASED_TEXT}, whose text the further themes' baselines show`,
    );
  } finally {
    await probe.close();
  }
}

/**
 * Launches a Chromium and opens Storybook's preview in it at the first story of `group`, in its theme and scheme.
 * `aliasedText`: the browser of the further themes (FONTCONFIG_FILE=visual-aliased-text.conf).
 * @returns {Promise<Preview>}
 */
async function openPreview({ aliasedText, group }) {
  const options = chromiumLaunchOptions();
  const browser = await chromium.launch(
    aliasedText ? { ...options, env: { ...process.env, FONTCONFIG_FILE: ALIASED_TEXT } } : options,
  );
  browsers.push(browser);
  if (browsers.length === 1) {
    const recorded = existsSync(versionFile) ? readFileSync(versionFile, 'utf8').trim() : undefined;
    note = chromiumNote(recorded, browser.version());
  }
  if (aliasedText) await assertAliasedText(browser);
  // "StorybookTestRunner" in the user agent is how Storybook's own test runner tells the preview it is under
  // test: it then pauses CSS animations at their end instead of waiting up to 5 s for them after every story
  // (the screenshot stops them anyway). Nothing in the stories reads the user agent.
  const probe = await browser.newPage();
  const userAgent = `${await probe.evaluate(() => navigator.userAgent)} StorybookTestRunner`;
  await probe.close();
  // One page for all stories: Storybook switches stories (and globals) in place, which spares loading its
  // preview bundle 850 times.
  const page = await (
    await browser.newContext({
      viewport: { width: 1024, height: 768 },
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
      userAgent,
    })
  ).newPage();
  // Timers run as usual; runFor() fast-forwards them once a story has played.
  await page.clock.install();
  const current = group.stories[0].id;
  // a11y.manual: the axe run after every render belongs to the story tests (vitest), not to screenshots.
  await page.goto(
    `${server.origin}/iframe.html?id=${current}&viewMode=story&globals=theme:${group.theme};colorScheme:${group.scheme};a11y.manual:!true`,
  );
  // The story of the URL has rendered (each test renders its story afresh, so its outcome does not matter).
  await page.waitForFunction(
    (storyId) =>
      // @ts-expect-error Storybook's preview global
      window.__STORYBOOK_PREVIEW__?.storyRenders?.find((r) => r.id === storyId)?.phase ===
      'finished',
    current,
    { timeout: 30_000 },
  );
  // Storybook hides the story behind a loading indicator 100 ms after a switch until the new one mounts. Under
  // the installed clock that timer can fire in the middle of a render, which hides a component while it mounts
  // (a banner that focuses itself then cannot take focus, and its play function fails) or hides the finished
  // story. The indicator is of no use here: off.
  await page.evaluate(() => {
    // @ts-expect-error Storybook's preview global
    window.__STORYBOOK_PREVIEW__.view.showPreparingStory = () => undefined;
  });
  // Load every theme's font faces now, so that no screenshot is taken (or measured) with a fallback font.
  await page.evaluate(() => Promise.all([...document.fonts].map((font) => font.load())));
  return { page, current };
}

/** The preview a group is photographed in, switched to the group's theme and scheme. */
async function previewFor(group) {
  const aliasedText = group.theme !== FULL_THEME;
  const opened = previews.get(aliasedText);
  if (!opened) {
    const opening = openPreview({ aliasedText, group });
    previews.set(aliasedText, opening);
    return opening;
  }
  const preview = await opened;
  await setGlobals(preview, group.theme, group.scheme);
  return preview;
}

/**
 * Emits a Storybook event in the page and waits until the story `storyId` has rendered again and its play
 * function has finished; fails when the render or the play function failed (Storybook still ends such a render
 * in the phase "finished", so the phase alone does not tell).
 * @param {Preview} preview
 */
async function renderStory({ page }, storyId, event, payload) {
  const outcome = await page.evaluate(
    ({ storyId, event, payload }) =>
      new Promise((resolve) => {
        // @ts-expect-error Storybook's preview global
        const { channel } = window.__STORYBOOK_PREVIEW__;
        let errored = false;
        const phase = (change) => {
          if (change.storyId === storyId && change.newPhase === 'errored') errored = true;
        };
        const finished = (report) => {
          if (report.storyId !== storyId) return;
          done(
            errored || report.status !== 'success'
              ? 'its render or play function failed (open the story in Storybook to see why)'
              : 'ok',
          );
        };
        const timer = setTimeout(() => done(`not rendered within 30 s of ${event}`), 30_000);
        function done(result) {
          clearTimeout(timer);
          channel.off('storyRenderPhaseChanged', phase);
          channel.off('storyFinished', finished);
          resolve(result);
        }
        channel.on('storyRenderPhaseChanged', phase);
        channel.on('storyFinished', finished);
        channel.emit(event, payload);
      }),
    { storyId, event, payload },
  );
  assert.equal(outcome, 'ok', `${storyId}: ${outcome}`);
}

/**
 * Shows a story, rendered and played afresh, and waits until its play function has finished.
 * @param {Preview} preview
 */
async function openStory(preview, id) {
  if (id === preview.current) {
    // Selecting the story on the page would keep it as it is: remount it, so that it renders and plays again.
    await renderStory(preview, id, 'forceRemount', { storyId: id });
  } else {
    preview.current = id;
    await renderStory(preview, id, 'setCurrentStory', { storyId: id, viewMode: 'story' });
  }
  // Fire the timers a play function left behind (e.g. a live region's announcement 1 s after typing), so that
  // the picture is the settled one, the same in every run.
  await preview.page.clock.runFor(2000);
  await preview.page.evaluate(() => document.fonts.ready);
}

/**
 * Switches theme and colour scheme in place; the story on the page renders again with them.
 * @param {Preview} preview
 */
async function setGlobals(preview, theme, scheme) {
  await renderStory(preview, preview.current, 'updateGlobals', {
    globals: { theme, colorScheme: scheme, a11y: { manual: true } },
  });
}

it('finds the stories and themes', () => {
  assert.ok(
    themes.some((theme) => theme.id === FULL_THEME),
    `no theme ${FULL_THEME} in themes.json`,
  );
  assert.ok(themes.length > 1, 'no city theme besides KERN');
  assert.ok(allStories.length > 100, `only ${allStories.length} stories`);
  assert.deepEqual(
    fixedStories.map((story) => story.id).sort(),
    [...FIXED_SET].sort(),
    'a story of the fixed set is missing',
  );
  assert.ok(
    runs.length > 0,
    `SK_STORIES=${process.env.SK_STORIES} / SK_VISUAL_THEMES=${process.env.SK_VISUAL_THEMES} match no story`,
  );
});

for (const group of runs) {
  describe(`${group.theme} ${group.scheme}`, () => {
    /** @type {Preview} */
    let preview;
    before(async () => {
      preview = await previewFor(group);
    });

    for (const story of group.stories) {
      it(story.id, async () => {
        const { page } = preview;
        await openStory(preview, story.id);
        const applied = await page.evaluate(() => ({ ...document.documentElement.dataset }));
        assert.equal(applied.skTheme, group.theme, 'the theme was not applied');
        assert.equal(applied.skColorScheme, group.scheme, 'the colour scheme was not applied');
        const problems = compareWithBaseline({
          actual: await contentScreenshot(page, ROOT),
          baseline: join(baselines, group.name, `${story.id}.png`),
          failures: join(results, group.name, story.id),
          label: `story ${story.id} in theme ${group.theme}, ${group.scheme}`,
          update,
          note,
        });
        assert.ok(problems.length === 0, problems.join('\n'));
      });
    }
  });
}

it('has the baselines of every theme, also of those not photographed in this run', () => {
  const missing = groups.flatMap((group) =>
    group.stories
      .filter((story) => !existsSync(join(baselines, group.name, `${story.id}.png`)))
      .map((story) => `${group.name}/${story.id}.png`),
  );
  assert.deepEqual(
    missing,
    [],
    `missing baselines — a new theme records its own with \`SK_UPDATE_VISUAL=1 pnpm test:theme <id>\`: ${missing.join(', ')}`,
  );
});

it('keeps no baseline whose story or theme is gone (stale files)', () => {
  const expected = new Map(
    groups.map((group) => [group.name, new Set(group.stories.map((story) => story.id))]),
  );
  const stale = staleBaselines(baselines, expected, { keep: ['CHROMIUM_VERSION'], remove: update });
  assert.deepEqual(
    stale,
    [],
    `baselines without a story in visual-baselines/ — run \`${UPDATE_COMMAND}\` to delete them: ${stale.join(', ')}`,
  );
});

/** The bytes of every file below `path` (0 when it does not exist). */
function weight(path) {
  if (!existsSync(path)) return 0;
  if (!statSync(path).isDirectory()) return statSync(path).size;
  return readdirSync(path).reduce((sum, name) => sum + weight(join(path, name)), 0);
}

it(`keeps what each further theme adds to the repository within ${MAX_THEME_WEIGHT / 1000} kB`, () => {
  const heavy = themes
    .filter((theme) => theme.id !== FULL_THEME)
    .map((theme) => {
      const sources = weight(join(themeSources, theme.id));
      const pictures = theme.schemes.reduce(
        (sum, scheme) => sum + weight(join(baselines, `${theme.id}-${scheme}`)),
        0,
      );
      return { id: theme.id, sources, pictures, total: sources + pictures };
    })
    .filter((theme) => theme.total > MAX_THEME_WEIGHT)
    .map(
      (theme) =>
        `${theme.id}: ${theme.total} bytes (packages/tokens/themes/${theme.id}/ ${theme.sources}, visual-baselines/${theme.id}-*/ ${theme.pictures})`,
    );
  assert.deepEqual(
    heavy,
    [],
    `a further theme weighs more than ${MAX_THEME_WEIGHT} bytes (issue #31); its baselines must be the small set photographed with aliased text (${UPDATE_COMMAND})`,
  );
});
