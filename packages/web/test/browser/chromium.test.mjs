// Keyboard and focus in real Chromium (Debian's, never downloaded) against the built package: the form
// spec (spec.mjs) and every component's behaviour spec (behaviours/), with JavaScript on and off.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../../scripts/lib/chromium.mjs';
import { serveStatic } from '../../../../scripts/lib/static-server.mjs';
import { specs } from './behaviours/index.mjs';
import { behaviourPage } from './behaviours/page.mjs';
import { check, page } from './spec.mjs';
import { visit } from './visit.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The development file: the same behaviours as dist/stadtkern-web.js plus the warnings about incomplete
// markup, which fail a visit. tests/packages runs the spec against the production file of the tarball.
const script = '/dist/stadtkern-web.development.js';
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
 * Opens `path` (JavaScript on or off) and runs `run`; fails on a console error or warning and on a request
 * the server could not answer.
 * @param {string} path @param {boolean} javaScriptEnabled @param {(tab: import('playwright').Page) => Promise<void>} run
 */
async function open(path, javaScriptEnabled, run) {
  await visit(browser, `${server.origin}${path}`, run, { javaScriptEnabled });
  assert.deepEqual(server.missing, [], 'every file the page loads exists');
}

it('dist/stadtkern-web.development.js: error summary focus and links, character count, later markup (Chromium)', async () => {
  await open('/', true, check);
});

for (const spec of specs) {
  describe(`${spec.name} (plain HTML, Chromium)`, () => {
    it('with JavaScript: keyboard and focus as the spec says', async () => {
      await open(`/?spec=${spec.name}`, true, spec.withJavaScript);
    });
    it('without JavaScript: content reachable, nothing hidden for good', async () => {
      await open(`/?spec=${spec.name}&js=off`, false, spec.withoutJavaScript);
    });
  });
}
