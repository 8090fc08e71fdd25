// The language of the built preview frame: Storybook's iframe.html says lang="en", but Stadtkern's stories and
// docs are German (WCAG 3.1.1), and a story whose component speaks English marks that part (WCAG 3.1.2), so
// screen readers read each in its own voice.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/lib/static-server.mjs';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';

const staticDir = fileURLToPath(new URL('../storybook-static', import.meta.url));

describe('the language of the preview frame', () => {
  /** @type {Awaited<ReturnType<typeof serveStatic>>} */
  let server;
  /** @type {import('playwright').Browser} */
  let browser;
  /** @type {import('playwright').Page} */
  let page;
  /** The language of the story's content: the nearest `lang` around its root's first element. */
  const storyLang = async (/** @type {string} */ id) => {
    await page.goto(`${server.url}iframe.html?id=${id}&viewMode=story`);
    const first = page.locator('#storybook-root *').first();
    await first.waitFor({ state: 'attached' });
    return first.evaluate((element) => ({
      page: document.documentElement.lang,
      story: element.closest('[lang]')?.getAttribute('lang'),
    }));
  };

  before(async () => {
    server = await serveStatic({ root: staticDir });
    browser = await chromium.launch(chromiumLaunchOptions());
    page = await browser.newPage();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('is German, and so is a German story', async () => {
    assert.deepEqual(await storyLang('komponenten-navigation-languageswitcher--standard'), {
      page: 'de',
      story: 'de',
    });
  });

  it('marks a story with locale="en" as English', async () => {
    for (const id of [
      'komponenten-navigation-languageswitcher--englisch',
      'komponenten-formular-label--englisch',
    ])
      assert.deepEqual(await storyLang(id), { page: 'de', story: 'en' }, id);
  });

  it('marks a story whose render sets the locale by its lang parameter', async () => {
    assert.deepEqual(await storyLang('komponenten-rückmeldung-dialog--englisch'), {
      page: 'de',
      story: 'en',
    });
  });
});
