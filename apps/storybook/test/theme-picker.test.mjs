// The theme picker in Storybook's toolbar (.storybook/theme-picker.tsx) in Chromium, on the built Storybook: a
// button names the current theme; it opens a dialog with a labelled search field and the themes under their Land
// (theme.json `land`), KERN's group first; the search finds a theme by name, id or Land whatever the case and
// diacritics; a theme is chosen by keyboard or mouse, the preview and the address follow; the current theme is
// marked; Escape closes the dialog and focus goes back to the button; axe finds nothing in the dialog.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { AXE_TAGS } from '../../../scripts/lib/axe.mjs';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';
import { serveStatic } from '../../../scripts/lib/static-server.mjs';

const require = createRequire(import.meta.url);
/** @type {{ id: string, name: string, land?: string }[]} */
const themes = require('@stadtkern/tokens/themes.json');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const staticDir = fileURLToPath(new URL('../storybook-static', import.meta.url));
const STORY = 'komponenten-aktionen-button--primaer';
const byId = (/** @type {string} */ id) => {
  const theme = themes.find((t) => t.id === id);
  assert.ok(theme, `themes.json has no theme "${id}"`);
  return theme;
};

let server;
let browser;
/** @type {import('playwright').Page} */
let page;
/** @type {string[]} */
const errors = [];

before(async () => {
  server = await serveStatic({ root: staticDir });
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.on('pageerror', (e) => errors.push(e.message));
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens Storybook on the Button story in `theme`, light, and waits for the picker and the story. */
async function open(/** @type {string} */ theme) {
  await page.goto(`${server.url}?path=/story/${STORY}&globals=theme:${theme};colorScheme:light`);
  await picker().waitFor({ timeout: 30_000 });
  await previewTheme(theme);
}

const picker = () => page.getByRole('button', { name: /^Theme: / });
// The dialog takes its name from the button that opens it (react-aria's aria-labelledby): „Theme: KERN“.
const dialog = () => page.getByRole('dialog', { name: /^Theme: / });
const search = () => dialog().getByRole('searchbox', { name: 'Theme suchen' });

/** Waits until the preview's <html> carries `id` as data-sk-theme (what the stories' CSS selects on). */
async function previewTheme(/** @type {string} */ id) {
  await page.waitForFunction(
    (want) => {
      const frame = /** @type {HTMLIFrameElement | null} */ (
        document.querySelector('#storybook-preview-iframe')
      );
      return frame?.contentDocument?.documentElement.dataset.skTheme === want;
    },
    id,
    { timeout: 30_000 },
  );
}

/** The dialog's groups as { land, themes } in the order shown (headings and their buttons' names). */
async function shownGroups() {
  return dialog()
    .locator('section')
    .evaluateAll((sections) =>
      sections.map((s) => ({
        land: s.querySelector('h2')?.textContent ?? '',
        // The names as read out: without the current theme's mark (aria-hidden).
        themes: [...s.querySelectorAll('button')].map((b) => {
          const copy = /** @type {Element} */ (b.cloneNode(true));
          for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
          return copy.textContent?.trim() ?? '';
        }),
      })),
    );
}

describe('theme picker', () => {
  it('names the current theme on a toolbar button, next to the colour-scheme select', async () => {
    await open('hamburg');
    assert.equal(await picker().textContent(), `Theme: ${byId('hamburg').name}`);
    assert.equal(await picker().getAttribute('aria-haspopup'), 'dialog');
    // The colour-scheme toolbar stays; the theme has no second control in the toolbar.
    await page.getByRole('button', { name: /Farbschema/ }).waitFor();
    assert.equal(await page.getByRole('button', { name: /Stadt-Theme/ }).count(), 0);
  });

  it('opens a dialog with a labelled search field and every theme under its Land, KERN first', async () => {
    await open('kern');
    await picker().click();
    await search().waitFor();
    assert.ok(await search().evaluate((el) => el === document.activeElement), 'search has focus');
    const groups = await shownGroups();
    assert.equal(groups[0]?.themes[0], byId('kern').name, 'KERN heads the first group');
    assert.equal(groups[0]?.land, byId('kern').land);
    // Every theme once, under its Land; the Länder after KERN's in German alphabetical order.
    assert.deepEqual(
      groups.flatMap((g) => g.themes.map((name) => `${g.land}: ${name}`)).sort(),
      themes.map((t) => `${t.land ?? 'Ohne Land'}: ${t.name}`).sort(),
    );
    // Themes without a Land come last, under „Ohne Land“.
    const rest = groups.slice(1).map((g) => g.land);
    const lands = rest.filter((land) => land !== 'Ohne Land');
    assert.deepEqual(rest, [
      ...[...lands].sort(new Intl.Collator('de').compare),
      ...(rest.includes('Ohne Land') ? ['Ohne Land'] : []),
    ]);
    await page.keyboard.press('Escape');
  });

  it('finds themes by name, id or Land, ignoring case and diacritics, and says how many', async () => {
    await open('kern');
    await picker().click();
    // What the search must find, from themes.json, so that the test holds with any number of cities (a further
    // Bavarian city is found by „bayern“ too): every theme whose name, id or Land holds the query, without case
    // and diacritics (ß as ss); München for each of these queries.
    const fold = (/** @type {string} */ text) =>
      text
        .normalize('NFD')
        .replace(/\p{Diacritic}/gu, '')
        .replace(/ß/g, 'ss')
        .toLowerCase();
    const listed = (/** @type {{ land?: string, name: string }[]} */ list) =>
      list.map((t) => `${t.land ?? 'Ohne Land'}: ${t.name}`).sort();
    const muenchen = byId('muenchen');
    for (const query of [
      'MUNCHEN',
      'münch',
      'muenchen',
      'bayern',
      'BAYERN',
      'landerubergreifend',
    ]) {
      await search().fill(query);
      const expected = themes.filter((t) =>
        fold(`${t.name} ${t.id} ${t.land ?? ''}`).includes(fold(query)),
      );
      if (query !== 'landerubergreifend') assert.ok(expected.includes(muenchen), query);
      const shown = await shownGroups();
      assert.deepEqual(
        listed(shown.flatMap((g) => g.themes.map((name) => ({ land: g.land, name })))),
        listed(expected),
        `search "${query}"`,
      );
      assert.equal(
        await dialog().getByRole('status').textContent(),
        expected.length === 1 ? '1 Theme gefunden.' : `${String(expected.length)} Themes gefunden.`,
      );
    }
    assert.equal(
      (await shownGroups())[0]?.themes[0],
      byId('kern').name,
      'KERN is found by its Land',
    );
    await search().fill('gibt es nicht');
    assert.deepEqual(await shownGroups(), []);
    assert.equal(await dialog().getByRole('status').textContent(), 'Kein Theme gefunden.');
    await search().fill('');
    assert.equal(
      await dialog().getByRole('status').textContent(),
      `${String(themes.length)} Themes gefunden.`,
    );
    await page.keyboard.press('Escape');
  });

  it('chooses a theme by keyboard: the preview and the address follow, focus returns to the button', async () => {
    await open('kern');
    await picker().focus();
    await page.keyboard.press('Enter');
    await search().waitFor();
    await page.keyboard.type('hamb');
    await page.keyboard.press('ArrowDown');
    const hamburg = dialog().getByRole('button', { name: byId('hamburg').name, exact: true });
    assert.ok(await hamburg.evaluate((el) => el === document.activeElement), 'Hamburg has focus');
    await page.keyboard.press('Enter');
    await previewTheme('hamburg');
    await dialog().waitFor({ state: 'detached' });
    await page.waitForURL(/globals=[^&]*theme:hamburg/);
    assert.equal(await picker().textContent(), `Theme: ${byId('hamburg').name}`);
    assert.ok(await picker().evaluate((el) => el === document.activeElement), 'button has focus');
  });

  it('chooses a theme by mouse and marks the current theme', async () => {
    await open('kern');
    await picker().click();
    const current = dialog().locator('[aria-current="true"]');
    assert.equal(await current.count(), 1);
    assert.equal(await current.textContent(), `✓${byId('kern').name}`);
    await dialog()
      .getByRole('button', { name: byId('muenchen').name, exact: true })
      .click();
    await previewTheme('muenchen');
    await picker().click();
    assert.equal(await current.count(), 1);
    assert.equal(await current.textContent(), `✓${byId('muenchen').name}`);
    await page.keyboard.press('Escape');
  });

  it('closes on Escape, from the search field or a theme, and returns focus to the button', async () => {
    await open('schleswig-holstein');
    for (const where of ['search', 'theme']) {
      await picker().click();
      await search().waitFor();
      if (where === 'theme') await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Escape');
      await dialog().waitFor({ state: 'detached' });
      assert.ok(
        await picker().evaluate((el) => el === document.activeElement),
        `focus is on the button after Escape in the ${where}`,
      );
    }
    await previewTheme('schleswig-holstein');
  });

  it('passes axe in the open dialog (WCAG 2.2 A/AA, best practice)', async () => {
    await open('kern');
    await picker().click();
    await search().fill('a');
    await page.evaluate(axeSource);
    const violations = await dialog().evaluate(async (el, tags) => {
      // @ts-expect-error axe is the global the script above defines
      const results = await window.axe.run(el, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map(
        (/** @type {any} */ v) =>
          `${v.id}: ${v.help} — ${v.nodes.map((/** @type {any} */ n) => n.target.join(' ')).join(', ')}`,
      );
    }, AXE_TAGS);
    assert.deepEqual(violations, []);
    await page.keyboard.press('Escape');
    assert.deepEqual(errors, []);
  });
});
