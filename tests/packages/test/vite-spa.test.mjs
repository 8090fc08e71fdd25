// Consumer proof for the README: the form example in README.md ("Use it in an application"), taken
// verbatim from between its readme-example markers, is built with Vite + React from the packed tarballs
// and used in Debian's Chromium in two city themes: themed, spaced, errors linked to their fields,
// success announced, and no request leaving the app. Screenshots go to $SK_SCREENSHOT_DIR when set.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';
import { installConsumer, repoRoot, tarballDependencies } from '../lib/pack.mjs';
import { serveStatic } from '../../../scripts/lib/static-server.mjs';

const README = readFileSync(join(repoRoot, 'README.md'), 'utf8');

/** The README's example, exactly as a reader copies it. */
function readmeExample() {
  const match =
    /<!-- readme-example:start -->\s*```tsx\n([\s\S]*?)```\s*<!-- readme-example:end -->/.exec(
      README,
    );
  assert.ok(match, 'README.md has a ```tsx block between the readme-example markers');
  return match[1];
}

const THEMES = ['muenchen', 'hamburg'];

it('names every theme of @stadtkern/tokens in the README theme table', () => {
  const themes = JSON.parse(
    readFileSync(join(repoRoot, 'packages/tokens/dist/themes.json'), 'utf8'),
  );
  for (const { id } of themes)
    assert.ok(
      README.includes(`@stadtkern/tokens/css/fonts/${id}.css`),
      `README's theme table lists ${id}`,
    );
});

it('builds the README form with Vite and it works in two themes in Chromium', async () => {
  const dir = installConsumer(
    'vite-spa',
    {
      react: '19.3.1',
      'react-dom': '19.3.1',
      vite: '8.3.8',
      '@vitejs/plugin-react': '6.3.0',
      ...tarballDependencies(),
    },
    { type: 'module', ignoreScripts: false },
  );
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bewohnerparkausweis</title></head><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>',
  );
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/main.tsx'), readmeExample());
  writeFileSync(
    join(dir, 'vite.config.js'),
    "import react from '@vitejs/plugin-react';\nimport { defineConfig } from 'vite';\nexport default defineConfig({ plugins: [react()], logLevel: 'error' });\n",
  );
  execFileSync(join(dir, 'node_modules/.bin/vite'), ['build'], { cwd: dir, stdio: 'pipe' });
  const html = readFileSync(join(dir, 'dist/index.html'), 'utf8');

  // The page's own <html> carries the theme attribute, as the README's theme table says.
  const server = await serveStatic({
    root: join(dir, 'dist'),
    html: (query) =>
      html.replace(
        '<html lang="de">',
        `<html lang="de" data-sk-theme="${query.get('theme') ?? 'kern'}">`,
      ),
  });
  const { origin } = server;
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const theme of THEMES) {
      const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
      const external = [];
      const errors = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(origin)) external.push(request.url());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${origin}/?theme=${theme}`);

      const postcode = page.getByRole('textbox', { name: 'Postleitzahl (Pflichtfeld)' });
      await postcode.waitFor();
      const button = page.getByRole('button', { name: 'Antrag senden' });
      const [background, action] = await Promise.all([
        button.evaluate((el) => getComputedStyle(el).backgroundColor),
        page.evaluate(() =>
          getComputedStyle(document.documentElement)
            .getPropertyValue('--sk-color-action-default')
            .trim(),
        ),
      ]);
      const hex = action.replace('#', '');
      const rgb = `rgb(${[0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
      assert.equal(background, rgb, `${theme}: the button carries the theme's action colour`);
      await page.evaluate(() => document.fonts.ready);
      const font = await button.evaluate((el) => getComputedStyle(el).fontFamily);
      const family = font.split(',')[0].replace(/"/g, '').trim();
      assert.ok(
        await page.evaluate((f) => document.fonts.check(`16px "${f}"`), family),
        `${theme}: the self-hosted font ${family} is loaded`,
      );

      // Looks finished: consecutive blocks do not touch (spacing from the flow tokens, no app CSS).
      const boxes = await page.evaluate(() =>
        ['.sk-form-field', '.sk-fieldset', '.sk-button'].map((selector) => {
          const r = document.querySelector(selector).getBoundingClientRect();
          return { top: r.top, bottom: r.bottom };
        }),
      );
      for (let i = 1; i < boxes.length; i++)
        assert.ok(
          boxes[i].top - boxes[i - 1].bottom >= 16,
          `${theme}: at least 16 px between block ${i} and the one before (${JSON.stringify(boxes)})`,
        );
      if (process.env.SK_SCREENSHOT_DIR)
        await page.screenshot({
          path: join(process.env.SK_SCREENSHOT_DIR, `readme-form-${theme}.png`),
          fullPage: true,
        });

      // An empty submit shows the summary, focused, whose links lead to their fields.
      await button.click();
      const summary = page.locator('.sk-error-summary');
      await summary.waitFor();
      assert.equal(await summary.evaluate((el) => el === document.activeElement), true);
      const links = summary.getByRole('link');
      assert.equal(await links.count(), 2);
      await links.nth(0).click();
      assert.equal(
        await postcode.evaluate((el) => el === document.activeElement),
        true,
        'the first error link focuses the postcode field',
      );
      await links.nth(1).click();
      assert.equal(
        await page
          .getByRole('checkbox', { name: 'Meine Angaben sind richtig und vollständig.' })
          .evaluate((el) => el === document.activeElement),
        true,
        'the second error link focuses the checkbox',
      );
      assert.equal(await postcode.getAttribute('aria-invalid'), 'true');
      if (process.env.SK_SCREENSHOT_DIR)
        await page.screenshot({
          path: join(process.env.SK_SCREENSHOT_DIR, `readme-form-${theme}-errors.png`),
          fullPage: true,
        });

      // A valid postcode and the confirmation send it; the success message is announced.
      await postcode.fill('80331');
      await page
        .getByRole('checkbox', { name: 'Meine Angaben sind richtig und vollständig.' })
        .check();
      await button.click();
      await page.getByRole('status').filter({ hasText: 'Antrag gesendet' }).waitFor();
      assert.equal(await summary.count(), 0, 'the summary is gone once the errors are fixed');
      assert.deepEqual(errors, [], `${theme}: no console or page errors`);
      assert.deepEqual(external, [], `${theme}: no request leaves the app`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
});
