// interactive.html shows every interactive component as a server would render it, enhanced by one
// <script type="module"> of @stadtkern/web. In real Chromium, for every component: the page holds the
// component's markup exactly as its behaviour spec (packages/web/test/browser/behaviours) documents it, and
// the spec passes on this page with JavaScript on and with JavaScript off.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';
import { serveStatic } from '../../../scripts/lib/static-server.mjs';
import { specs } from '../../../packages/web/test/browser/behaviours/index.mjs';
import { visit } from '../../../packages/web/test/browser/visit.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
let server;
let browser;

before(async () => {
  server = await serveStatic({ root, html: () => '<!doctype html><title>html-example</title>' });
  browser = await chromium.launch(chromiumLaunchOptions());
});

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Opens interactive.html (JavaScript on or off) and runs `run`; fails on a console error or warning (a
 * development warning of @stadtkern/web means incomplete markup) and on a file the page asks for but cannot get.
 * @param {boolean} javaScriptEnabled @param {(tab: import('playwright').Page) => Promise<void>} run
 */
async function open(javaScriptEnabled, run) {
  const missingBefore = server.missing.length;
  await visit(browser, `${server.origin}/interactive.html`, run, {
    javaScriptEnabled,
    viewport: { width: 1000, height: 700 },
  });
  assert.deepEqual(server.missing.slice(missingBefore), [], 'every file the page loads exists');
}

it('loads the styles, the theme and @stadtkern/web by URL, without a bundler', async () => {
  await open(true, async (tab) => {
    const scripts = await tab
      .locator('script')
      .evaluateAll((list) => list.map((s) => [s.getAttribute('type'), s.getAttribute('src')]));
    assert.deepEqual(scripts, [['module', './node_modules/@stadtkern/web/dist/stadtkern-web.js']]);
    const action = await tab.evaluate(() =>
      getComputedStyle(document.documentElement)
        .getPropertyValue('--sk-color-action-default')
        .trim(),
    );
    assert.match(action, /^#[0-9a-f]{6}$/);
  });
});

for (const spec of specs) {
  describe(`${spec.name} on interactive.html (Chromium)`, () => {
    it("holds the component's markup as its spec documents it", async () => {
      await open(false, async (tab) => {
        const found = await tab.evaluate((html) => {
          /** Comments and whitespace-only text dropped, other whitespace collapsed: formatting only. */
          const normalise = (node) => {
            const copy = node.cloneNode(true);
            const walker = document.createTreeWalker(
              copy,
              NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT,
            );
            const drop = [];
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              if (n.nodeType === Node.COMMENT_NODE || !n.textContent.trim()) drop.push(n);
              else n.textContent = n.textContent.replace(/\s+/g, ' ').trim();
            }
            for (const n of drop) n.remove();
            return copy;
          };
          const template = document.createElement('template');
          template.innerHTML = html;
          return [...template.content.children].map((part) => {
            const wanted = normalise(part);
            const candidates = [...document.body.querySelectorAll(part.tagName)];
            return candidates.some((candidate) => normalise(candidate).isEqualNode(wanted))
              ? 'found'
              : `missing: ${wanted.outerHTML.slice(0, 120)}…`;
          });
        }, spec.html);
        assert.ok(found.length > 0);
        for (const result of found) assert.equal(result, 'found');
      });
    });

    it('with JavaScript: passes its behaviour spec', async () => {
      await open(true, spec.withJavaScript);
    });

    it('without JavaScript: content reachable, nothing hidden for good', async () => {
      await open(false, spec.withoutJavaScript);
    });
  });
}
