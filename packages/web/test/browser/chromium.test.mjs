// Keyboard and focus in real Chromium (Debian's, never downloaded) against the built package.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, it } from 'node:test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../../apps/storybook/scripts/chromium.js';
import { check, page } from './spec.mjs';

const bundle = readFileSync(new URL('../../dist/stadtkern-web.js', import.meta.url));
let server;
let browser;
let origin;

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/stadtkern-web.js')
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    else if (req.url === '/')
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(page({ script: '/stadtkern-web.js' }));
    else if (req.url === '/favicon.ico')
      res.writeHead(204).end(); // the browser asks for it by itself; the page has none
    else res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch(chromiumLaunchOptions());
});

after(async () => {
  await browser?.close();
  server?.close();
});

it('dist/stadtkern-web.js: error summary focus and links, character count, later markup (Chromium)', async () => {
  const tab = await browser.newPage({ viewport: { width: 800, height: 600 } });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) errors.push(message.text());
  });
  await tab.goto(origin);
  await check(tab);
  if (errors.length) throw new Error(`console: ${errors.join('\n')}`);
});
