// The second target of the shared behaviour specs (packages/web/test/browser/behaviours): each
// interactive component's React story, served from the built Storybook, must pass the same keyboard and
// focus spec as the plain-HTML page does with @stadtkern/web — one behaviour, two targets. In the selected themes
// × light and dark (KERN and one further theme per run: SK_STORY_THEMES, scripts/lib/story-themes.mjs).
import { fileURLToPath } from 'node:url';
import { after, before, it } from 'node:test';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/lib/static-server.mjs';
import { specs } from '../../../packages/web/test/browser/behaviours/index.mjs';
import { visit } from '../../../packages/web/test/browser/visit.mjs';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';
import { storyThemes } from '../../../scripts/lib/story-themes.mjs';

const root = fileURLToPath(new URL('../storybook-static', import.meta.url));
let server;
let browser;

before(async () => {
  server = await serveStatic({ root, html: () => '<!doctype html><title>Storybook</title>' });
  browser = await chromium.launch(chromiumLaunchOptions());
});

after(async () => {
  await browser?.close();
  server?.close();
});

for (const theme of storyThemes())
  for (const scheme of ['light', 'dark'])
    for (const spec of specs) {
      it(`${spec.name}: the React story passes the behaviour spec (Chromium, ${theme} ${scheme})`, async () => {
        await visit(
          browser,
          `${server.origin}/iframe.html?id=${spec.story}&viewMode=story&globals=theme:${theme};colorScheme:${scheme}`,
          async (tab) => {
            await tab.locator('#storybook-root > *').first().waitFor();
            await spec.withJavaScript(tab);
          },
          // Only errors fail here: the frame around the story is Storybook's, not only the component's markup.
          { failOn: ['error'] },
        );
      });
    }
