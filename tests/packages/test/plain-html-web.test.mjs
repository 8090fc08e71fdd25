// Consumer proof for server-rendered HTML with behaviour: install only the packed @stadtkern/css,
// @stadtkern/tokens and @stadtkern/web tarballs, serve a plain page that links the stylesheets and loads
// node_modules/@stadtkern/web/dist/stadtkern-web.js with one <script type="module"> — no bundler — and run
// the keyboard and focus spec of @stadtkern/web (packages/web/test/browser/spec.mjs) in Debian's Chromium:
// the error summary takes focus and its link focuses the field; the textarea counter follows typing.
// Then every component's behaviour spec (packages/web/test/browser/behaviours) on a page of its markup.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';
import { specs } from '../../../packages/web/test/browser/behaviours/index.mjs';
import { behaviourPage } from '../../../packages/web/test/browser/behaviours/page.mjs';
import { check, page } from '../../../packages/web/test/browser/spec.mjs';
import { visit } from '../../../packages/web/test/browser/visit.mjs';
import { installConsumer, tarballDependencies } from '../lib/pack.mjs';
import { serveStatic } from '../../../scripts/lib/static-server.mjs';

const script = '/node_modules/@stadtkern/web/dist/stadtkern-web.js';
const stylesheets = [
  '/node_modules/@stadtkern/tokens/dist/css/all.css',
  '/node_modules/@stadtkern/css/dist/index.css',
];
let installed;
/** The consumer folder with only the css, tokens and web tarballs installed (once). */
function consumer() {
  installed ??= installConsumer('plain-html-web', tarballDependencies(['css', 'tokens', 'web']));
  return installed;
}

it('enhances a plain HTML page from the packed @stadtkern/web with a <script type="module"> (Chromium)', async () => {
  const dir = consumer();
  assert.equal(existsSync(join(dir, 'node_modules/react')), false, 'no React needed');
  const html = page({ script, stylesheets, theme: 'muenchen' });

  const server = await serveStatic({ root: dir, html: () => html });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    await visit(browser, `${server.origin}/`, async (tab) => {
      // The stylesheets from the tarball apply: the summary has its border from the theme's tokens.
      const border = await tab
        .locator('.sk-error-summary')
        .evaluate((el) => getComputedStyle(el).borderTopStyle);
      assert.equal(border, 'solid');
      await check(tab);
    });
    assert.deepEqual(server.missing, [], 'every file the page loads is in the installed packages');
  } finally {
    await browser.close();
    server.close();
  }
});

describe('every behaviour spec passes on the packed package (Chromium, JavaScript on)', () => {
  for (const spec of specs)
    it(spec.name, async () => {
      const server = await serveStatic({
        root: consumer(),
        html: () => behaviourPage({ html: spec.html, script, stylesheets, theme: 'hamburg' }),
      });
      const browser = await chromium.launch(chromiumLaunchOptions());
      try {
        await visit(browser, `${server.origin}/`, spec.withJavaScript);
        assert.deepEqual(
          server.missing,
          [],
          'every file the page loads is in the installed packages',
        );
      } finally {
        await browser.close();
        server.close();
      }
    });
});
