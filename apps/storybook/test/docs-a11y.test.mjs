// axe on what the docs pages show — every docs entry of the built Storybook (component pages with all their
// story previews, the landing page, the foundations, the Theme-Werkstatt …) in the selected themes × colour
// schemes (KERN and one further theme per run: SK_STORY_THEMES, scripts/lib/story-themes.mjs), as a designer sees them: with Storybook's docs chrome (headings, prose, code blocks, the props table). The story
// tests run axe on each story alone; this covers the pages around them. WCAG 2.2 A/AA + best practice.
// SK_DOCS=<regular expression> narrows the run to matching docs ids.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeChecker } from '../../../scripts/lib/axe.mjs';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';
import { storyThemes } from '../../../scripts/lib/story-themes.mjs';
import {
  builtEntries,
  openBuiltStorybook,
  openDocs,
  setGlobals,
} from './criteria/storybook-page.mjs';

const axeViolations = axeChecker(import.meta.url);
/**
 * What a docs page may do that a service page may not — each example is also checked alone, in the same themes
 * and schemes, by the story tests (test:browser), so nothing here goes unchecked:
 */
const EXEMPT = [
  {
    rule: 'landmark-unique',
    inside: '.docs-story',
    reason:
      'a docs page shows several examples of one landmark component (Breadcrumb, Pagination, NotificationBanner …) with the same name on purpose',
  },
  {
    rule: 'landmark-no-duplicate-main',
    whenPresent: '.docs-story main',
    reason:
      'examples of a whole page (SkipLink target, page frame) bring their own <main> into the docs page’s <main>',
  },
  {
    rule: 'landmark-unique',
    whenPresent: '.docs-story main',
    reason: 'the same page examples: two <main> landmarks cannot have different roles',
  },
  {
    rule: 'landmark-main-is-top-level',
    inside: '.docs-story',
    reason: 'the same page examples: their <main> sits inside the docs page’s <main>',
  },
];

const { entries: docs, narrowed } = builtEntries('docs', 'SK_DOCS');

let page;
let close;
before(async () => {
  ({ page, close } = await openBuiltStorybook({
    launch: chromiumLaunchOptions(),
    context: { viewport: { width: 1280, height: 900 } },
    path: `iframe.html?id=${docs[0]?.id ?? ''}&viewMode=docs&globals=theme:kern;colorScheme:light`,
  }));
});
after(async () => {
  await close?.();
});

it('finds every docs page of the built Storybook', () => {
  assert.ok(docs.length > (narrowed ? 0 : 40), `only ${docs.length} docs pages`);
  if (!narrowed)
    for (const title of ['Willkommen', 'Theme-Werkstatt', 'Komponenten/Aktionen/Button'])
      assert.ok(
        docs.some((d) => d.title === title),
        `no docs page "${title}"`,
      );
});

for (const theme of storyThemes())
  for (const colorScheme of ['light', 'dark'])
    describe(`${theme}, ${colorScheme}`, () => {
      before(async () => {
        await setGlobals(page, { theme, colorScheme });
      });
      for (const entry of docs)
        it(`${entry.id} has no axe violations`, async () => {
          await openDocs(page, entry.id);
          assert.deepEqual(await axeViolations(page, { exempt: EXEMPT }), []);
        });
    });
