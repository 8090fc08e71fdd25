// The second target of the shared behaviour specs (packages/web/test/browser/behaviours): each
// interactive component's React story, served from the built Storybook, must pass the same keyboard and
// focus spec as the plain-HTML page does with @stadtkern/web — one behaviour, two targets.
import { fileURLToPath } from 'node:url';
import { after, before, it } from 'node:test';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/lib/static-server.mjs';
import { specs } from '../../../packages/web/test/browser/behaviours/index.mjs';
import { chromiumLaunchOptions } from '../scripts/chromium.js';

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

for (const spec of specs) {
  it(`${spec.name}: the React story passes the behaviour spec (Chromium)`, async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    try {
      await tab.goto(
        `${server.origin}/iframe.html?id=${spec.story}&viewMode=story&globals=theme:kern;colorScheme:light`,
      );
      await tab.locator('#storybook-root > *').first().waitFor();
      await spec.withJavaScript(tab);
    } finally {
      await context.close();
    }
    if (errors.length) throw new Error(`console: ${errors.join('\n')}`);
  });
}
