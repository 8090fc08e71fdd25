// Consumer proof for Vue, the framework of Munich's services: a Vue 3 + Vite app, installed from the packed
// @stadtkern/css, @stadtkern/tokens and @stadtkern/web tarballs, renders Stadtkern markup in its own
// templates and calls start() once. In Debian's Chromium: tabs move with the arrow keys, an error summary
// that Vue inserts after a submit (v-if) takes focus and its link focuses the field, and a dialog opens and
// returns focus to its opener — enhancement reaches markup Vue renders at any time.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';
import { serveStatic } from '../../../scripts/lib/static-server.mjs';
import { installConsumer, tarballDependencies } from '../lib/pack.mjs';

const APP = `<script setup>
import { ref } from 'vue';

const sections = [
  { id: 'antrag', label: 'Antrag', text: 'Sie beantragen den Ausweis online in etwa 10 Minuten.' },
  { id: 'unterlagen', label: 'Unterlagen', text: 'Halten Sie den Fahrzeugschein bereit.' },
  { id: 'kosten', label: 'Kosten', text: 'Der Ausweis kostet 30 Euro im Jahr.' },
];
const surname = ref('');
const errors = ref([]);
function submit() {
  errors.value = surname.value.trim() ? [] : [{ field: 'nachname', message: 'Geben Sie Ihren Nachnamen ein.' }];
}
</script>

<template>
  <main>
    <h1>Bewohnerparkausweis</h1>
    <div class="sk-tabs">
      <ul class="sk-tabs__list" aria-label="Bewohnerparkausweis">
        <li v-for="section in sections" :key="section.id" class="sk-tabs__item">
          <a class="sk-tabs__tab" :href="'#' + section.id">{{ section.label }}</a>
        </li>
      </ul>
      <section v-for="section in sections" :id="section.id" :key="section.id" class="sk-tabs__panel">
        <h2 class="sk-tabs__heading">{{ section.label }}</h2>
        <p>{{ section.text }}</p>
      </section>
    </div>

    <form novalidate @submit.prevent="submit">
      <div v-if="errors.length" class="sk-error-summary" tabindex="-1" role="alert" aria-labelledby="es-title">
        <h2 id="es-title" class="sk-error-summary__title">Es gibt ein Problem</h2>
        <ul class="sk-error-summary__list">
          <li v-for="error in errors" :key="error.field">
            <a class="sk-error-summary__link" :href="'#' + error.field">{{ error.message }}</a>
          </li>
        </ul>
      </div>
      <div class="sk-form-field">
        <label class="sk-label" for="nachname">Nachname</label>
        <div class="sk-text-input">
          <input id="nachname" v-model="surname" class="sk-text-input__input" :aria-invalid="errors.length ? 'true' : undefined">
        </div>
      </div>
      <button class="sk-button" type="submit">Weiter</button>
    </form>
DIALOG_MARKUP
  </main>
</template>
`;

// The dialog as its CSS docs show it (packages/web/test/browser/behaviours/dialog.mjs), in the template.
const { html: dialogMarkup } =
  await import('../../../packages/web/test/browser/behaviours/dialog.mjs');

it('a Vue 3 + Vite app gets the @stadtkern/web behaviours for markup in its templates (Chromium)', async () => {
  const dir = installConsumer(
    'vue-vite',
    {
      vue: '3.5.45',
      vite: '8.3.8',
      '@vitejs/plugin-vue': '6.0.11',
      ...tarballDependencies(['css', 'tokens', 'web']),
    },
    { type: 'module', ignoreScripts: false },
  );
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="de" data-sk-theme="muenchen"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bewohnerparkausweis</title></head><body><div id="app"></div><script type="module" src="/src/main.js"></script></body></html>',
  );
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/App.vue'), APP.replace('DIALOG_MARKUP', dialogMarkup));
  writeFileSync(
    join(dir, 'src/main.js'),
    [
      "import '@stadtkern/tokens/css/all.css';",
      "import '@stadtkern/css/index.css';",
      "import { start } from '@stadtkern/web';",
      "import { createApp } from 'vue';",
      "import App from './App.vue';",
      '',
      "createApp(App).mount('#app');",
      '// Once for the whole page: markup Vue renders later is enhanced by the observer.',
      'start();',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'vite.config.js'),
    "import vue from '@vitejs/plugin-vue';\nimport { defineConfig } from 'vite';\nexport default defineConfig({ plugins: [vue()], logLevel: 'error' });\n",
  );
  execFileSync(join(dir, 'node_modules/.bin/vite'), ['build'], { cwd: dir, stdio: 'pipe' });

  const server = await serveStatic({
    root: join(dir, 'dist'),
    html: () => readFileSync(join(dir, 'dist/index.html'), 'utf8'),
  });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    const errors = [];
    const external = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.origin)) external.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type())) errors.push(message.text());
    });
    await page.goto(`${server.origin}/`);

    // Tabs from a v-for: a named tab list; the arrow key moves focus and selection.
    const first = page.getByRole('tab', { name: 'Antrag', selected: true });
    await first.waitFor();
    await first.focus();
    await page.keyboard.press('ArrowRight');
    const second = page.getByRole('tab', { name: 'Unterlagen', selected: true });
    assert.equal(await second.evaluate((el) => el === document.activeElement), true);
    assert.equal(await page.getByText('Halten Sie den Fahrzeugschein bereit.').isVisible(), true);
    assert.equal(await page.getByText('Der Ausweis kostet 30 Euro im Jahr.').isVisible(), false);

    // The error summary Vue inserts after an empty submit takes focus; its link focuses the field.
    await page.getByRole('button', { name: 'Weiter' }).click();
    const summary = page.getByRole('alert', { name: 'Es gibt ein Problem' });
    await page.waitForFunction(() =>
      document.activeElement?.classList.contains('sk-error-summary'),
    );
    await summary.getByRole('link', { name: 'Geben Sie Ihren Nachnamen ein.' }).click();
    assert.equal(
      await page
        .getByRole('textbox', { name: 'Nachname' })
        .evaluate((el) => el === document.activeElement),
      true,
    );

    // The dialog opens from its invoker button and gives focus back to it when Escape closes it.
    const opener = page.locator('button[command="show-modal"][commandfor="zone"]');
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Was ist eine Bewohnerparkzone?' });
    await page.waitForFunction(() => document.querySelector('#zone')?.open === true);
    assert.equal(
      await dialog.evaluate((el) => el.contains(document.activeElement)),
      true,
      'focus inside',
    );
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('#zone')?.open === false);
    assert.equal(await opener.evaluate((el) => el === document.activeElement), true, 'focus back');

    assert.deepEqual(external, [], 'no request leaves the app');
    assert.deepEqual(errors, [], 'no error or warning in the console');
  } finally {
    await browser.close();
    server.close();
  }
});
