// Consumer proof for server-rendered HTML with behaviour: install only the packed @stadtkern/css,
// @stadtkern/tokens and @stadtkern/web tarballs, serve a plain page that links the stylesheets and loads
// node_modules/@stadtkern/web/dist/stadtkern-web.js with one <script type="module"> — no bundler — and run
// the keyboard and focus spec of @stadtkern/web (packages/web/test/browser/spec.mjs) in Debian's Chromium:
// the error summary takes focus and its link focuses the field; the textarea counter follows typing.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { it } from 'node:test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../apps/storybook/scripts/chromium.js';
import { check, page } from '../../../packages/web/test/browser/spec.mjs';
import { installConsumer, tarballDependencies } from '../lib/pack.mjs';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
};

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

  const missing = [];
  const server = createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (url === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(html);
      return;
    }
    if (url === '/favicon.ico') {
      res.writeHead(204).end(); // the browser asks for it by itself; the page has none
      return;
    }
    const path = join(dir, normalize(url));
    if (!path.startsWith(dir) || !existsSync(path)) {
      missing.push(url);
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
      .end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const tab = await browser.newPage({ viewport: { width: 800, height: 600 } });
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => {
      if (['error', 'warning'].includes(message.type())) errors.push(message.text());
    });
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    // The stylesheets from the tarball apply: the summary has its border from the theme's tokens.
    const border = await tab
      .locator('.sk-error-summary')
      .evaluate((el) => getComputedStyle(el).borderTopStyle);
    assert.equal(border, 'solid');
    await check(tab);
    assert.deepEqual(missing, [], 'every file the page loads is in the installed packages');
    assert.deepEqual(errors, [], 'no error or warning in the console');
  } finally {
    await browser.close();
    server.close();
  }
});
