// Keyboard and focus in real Chromium (Debian's, never downloaded) against the built package: the form
// spec (spec.mjs) and every component's behaviour spec (behaviours/), with JavaScript on and off.
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../../apps/storybook/scripts/chromium.js';
import { serveStatic } from '../../../../scripts/lib/static-server.mjs';
import { specs } from './behaviours/index.mjs';
import { behaviourPage } from './behaviours/page.mjs';
import { check, page } from './spec.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = '/dist/stadtkern-web.js';
const stylesheets = [
  '/node_modules/@stadtkern/tokens/dist/css/all.css',
  '/node_modules/@stadtkern/css/dist/index.css',
];
let server;
let browser;

before(async () => {
  server = await serveStatic({
    root,
    html: (query) => {
      const spec = specs.find((s) => s.name === query.get('spec'));
      if (!spec) return page({ script, stylesheets });
      return behaviourPage({
        html: spec.html,
        script: query.get('js') === 'off' ? undefined : script,
        stylesheets,
      });
    },
  });
  browser = await chromium.launch(chromiumLaunchOptions());
});

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Opens a page in a fresh context and fails on any console error or warning (a development warning
 * means the spec's markup is incomplete) or a request the server could not answer.
 * @param {string} path @param {boolean} javaScriptEnabled @param {(tab: import('playwright').Page) => Promise<void>} run
 */
async function visit(path, javaScriptEnabled, run) {
  const context = await browser.newContext({
    javaScriptEnabled,
    viewport: { width: 800, height: 600 },
  });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) errors.push(message.text());
  });
  try {
    await tab.goto(`${server.origin}${path}`);
    await run(tab);
  } finally {
    await context.close();
  }
  if (errors.length) throw new Error(`console: ${errors.join('\n')}`);
  if (server.missing.length) throw new Error(`not found: ${server.missing.join(', ')}`);
}

it('dist/stadtkern-web.js: error summary focus and links, character count, later markup (Chromium)', async () => {
  await visit('/', true, check);
});

for (const spec of specs) {
  describe(`${spec.name} (plain HTML, Chromium)`, () => {
    it('with JavaScript: keyboard and focus as the spec says', async () => {
      await visit(`/?spec=${spec.name}`, true, spec.withJavaScript);
    });
    it('without JavaScript: content reachable, nothing hidden for good', async () => {
      await visit(`/?spec=${spec.name}&js=off`, false, spec.withoutJavaScript);
    });
  });
}
