// Consumer proof for server-rendered HTML with behaviour: install only the packed @stadtkern/css,
// @stadtkern/tokens and @stadtkern/web tarballs, serve a plain page that links the stylesheets and loads
// node_modules/@stadtkern/web/dist/stadtkern-web.js with one <script type="module"> — no bundler — and run
// the keyboard and focus spec of @stadtkern/web (packages/web/test/browser/spec.mjs) in Debian's Chromium:
// the error summary takes focus and its link focuses the field; the textarea counter follows typing.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../apps/storybook/scripts/chromium.js';
import { check, page } from '../../../packages/web/test/browser/spec.mjs';
import { installConsumer, tarballDependencies } from '../lib/pack.mjs';
import { serveStatic } from '../../../scripts/lib/static-server.mjs';

it('enhances a plain HTML page from the packed @stadtkern/web with a <script type="module"> (Chromium)', async () => {
  const dir = installConsumer('plain-html-web', tarballDependencies(['css', 'tokens', 'web']));
  assert.equal(existsSync(join(dir, 'node_modules/react')), false, 'no React needed');
  const html = page({
    script: '/node_modules/@stadtkern/web/dist/stadtkern-web.js',
    stylesheets: [
      '/node_modules/@stadtkern/tokens/dist/css/all.css',
      '/node_modules/@stadtkern/css/dist/index.css',
    ],
    theme: 'muenchen',
  });

  const server = await serveStatic({ root: dir, html: () => html });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const tab = await browser.newPage({ viewport: { width: 800, height: 600 } });
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => {
      if (['error', 'warning'].includes(message.type())) errors.push(message.text());
    });
    await tab.goto(`${server.origin}/`);
    // The stylesheets from the tarball apply: the summary has its border from the theme's tokens.
    const border = await tab
      .locator('.sk-error-summary')
      .evaluate((el) => getComputedStyle(el).borderTopStyle);
    assert.equal(border, 'solid');
    await check(tab);
    assert.deepEqual(server.missing, [], 'every file the page loads is in the installed packages');
    assert.deepEqual(errors, [], 'no error or warning in the console');
  } finally {
    await browser.close();
    server.close();
  }
});
