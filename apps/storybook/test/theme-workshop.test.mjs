// The theme workshop (Storybook › Theme-Werkstatt) in Chromium, as a designer uses it: a brand colour that fails
// contrast shows the failing pair with its ratio; the downloaded folder is valid and, placed next to the other
// themes, the token build gives the same verdict (the same failures, or the same pairs, ratios and CSS); by default
// the page writes exactly the folder the theme command it prints writes; the previews show the candidate in light
// and dark whatever the toolbar says; the verdict and the downloads come before the folded pair tables.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/lib/static-server.mjs';
import { contrastRatio, validateThemeFile } from '@stadtkern/tokens/engine';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';
import { horizontalOverflow } from './criteria/checks.mjs';

const staticDir = fileURLToPath(new URL('../storybook-static', import.meta.url));
const tokensRoot = fileURLToPath(
  new URL('.', import.meta.resolve('@stadtkern/tokens/package.json')),
);
const DOCS_ID = 'theme-werkstatt--dokumentation';
const ID = 'musterstadt';
/** Cannot carry white text (1.51 : 1): as an exact action colour it fails the gate. */
const FAILING = '#ffcc00';
/** Carries white text (4.94 : 1) but is too light for text on grey surfaces: the command fills buttons with it. */
const KOELN = '#e2001a';

/** The workshop writes ratios the German way: 1,51 : 1. */
const german = (/** @type {number} */ n) => `${n.toFixed(2).replace('.', ',')} : 1`;

let server;
let browser;
let page;
let scratch;
/** @type {string[]} */
const errors = [];
/** @type {string[]} */
const foreign = [];

before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'sk-workshop-'));
  server = await serveStatic({
    root: staticDir,
    html: () => '<!doctype html><title>Storybook</title>',
  });
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
  ).newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await page.goto(
    `${server.origin}/iframe.html?id=${DOCS_ID}&viewMode=docs&globals=theme:kern;colorScheme:light`,
  );
  await status(/Alle \d+ Kontrastpaare bestehen/);
});
after(async () => {
  await browser?.close();
  server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Waits until the workshop's status line says `text`. */
async function status(/** @type {RegExp} */ text) {
  await page.getByRole('status').filter({ hasText: text }).waitFor({ timeout: 30_000 });
}

async function setBrandColour(/** @type {string} */ hex) {
  await page.getByRole('textbox', { name: 'Markenfarbe', exact: true }).fill(hex);
}

/** Opens the folded pair tables (native <details>), as a designer would, by their summaries. */
async function openPairTables() {
  const closed = page.locator('#werkstatt details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

/** The rows of one scheme's pair table as { fg, bg, ratio, verdict } (the table's caption names the scheme). */
async function pairRows(/** @type {'Hell' | 'Dunkel'} */ scheme) {
  await openPairTables();
  const table = page.getByRole('table', { name: new RegExp(`^${scheme}: \\d+ Paare`) });
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('td')].map((c) => c.textContent ?? '');
      return {
        fg: cells[0].split(' ')[0],
        bg: cells[1].split(' ')[0],
        ratio: cells[3],
        verdict: cells[5],
      };
    }),
  );
}

/**
 * The token build (the package's own `build` script) on a copy of the theme folders: the themes it built, or the
 * problems it failed with (one per line, as the build prints them).
 */
function build(/** @type {{ themesDir: string, dist: string }} */ { themesDir, dist }) {
  const run = spawnSync(
    'pnpm',
    [
      '--filter',
      '@stadtkern/tokens',
      'exec',
      'node',
      'scripts/build.mjs',
      '--themes-dir',
      themesDir,
      '--dist',
      dist,
    ],
    { encoding: 'utf8' },
  );
  const problems = run.stderr
    .split('\n')
    .filter((line) => line.startsWith('  - '))
    .map((line) => line.slice(4));
  return { ok: run.status === 0, problems, output: run.stdout + run.stderr };
}

/** Downloads theme.json and brand.json into a copy of the theme folders; returns that folder. */
async function downloadInto(/** @type {string} */ name) {
  const themesDir = join(scratch, name, 'themes');
  await cp(join(tokensRoot, 'themes'), themesDir, { recursive: true });
  await mkdir(join(themesDir, ID));
  for (const file of ['theme.json', 'brand.json']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: `${file} herunterladen` }).click(),
    ]);
    assert.equal(download.suggestedFilename(), file);
    await download.saveAs(join(themesDir, ID, file));
  }
  return themesDir;
}

describe('Theme-Werkstatt', () => {
  it('names a bad brand colour at its field instead of computing', async () => {
    await setBrandColour('#12345');
    const field = page.getByRole('textbox', { name: 'Markenfarbe', exact: true });
    await assert.doesNotReject(status(/Bitte korrigieren Sie die markierten Angaben/));
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    // The error message is part of the field's description (FormField's aria-describedby).
    const description = await field.evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    assert.match(description, /Geben Sie die Markenfarbe als Hex-Farbe mit 6 Stellen ein/);
  });

  it('shows the pair a failing brand colour breaks, with its ratio and the nearest passing shade', async () => {
    await page.getByRole('radio', { name: 'Genau die Markenfarbe überall' }).check();
    await setBrandColour(FAILING);
    await status(/\d+ Kontrastpaare bestehen nicht/);
    const rows = await pairRows('Hell');
    const button = rows.find(
      (r) => r.fg === 'color.action.on-default' && r.bg === 'color.action.primary.background',
    );
    assert.ok(button, 'no row for the primary button text');
    assert.equal(button.ratio, german(contrastRatio('#ffffff', FAILING)));
    assert.match(button.verdict, /nicht bestanden/);
    assert.match(
      button.verdict,
      /Vorschlag: .*die nächste Stufe, die besteht, ist primary\.\d+ \(#[0-9a-f]{6}, \d+,\d+ : 1\)/,
    );
    // Dark has its own table; the exact brand colour breaks nothing there.
    assert.ok((await pairRows('Dunkel')).every((r) => r.verdict.startsWith('bestanden')));
  });

  it('a failing theme, downloaded and built, fails with exactly the messages the workshop shows', async () => {
    const shown = await page
      .getByRole('heading', { name: 'So würde der Build abbrechen' })
      .locator('xpath=ancestor::*[contains(@class, "sk-alert")][1]')
      .getByRole('listitem')
      .allInnerTexts();
    assert.ok(shown.length > 0);
    const themesDir = await downloadInto('failing');
    const result = build({ themesDir, dist: join(scratch, 'failing/dist') });
    assert.equal(result.ok, false, result.output);
    assert.deepEqual(result.problems, shown);
  });

  it("by default decides as the theme command: a Köln-like red fills the buttons, the build passes, the folder is the command's", async () => {
    await page.getByRole('radio', { name: 'Wie der Theme-Befehl' }).check();
    await setBrandColour(KOELN);
    await status(/Alle \d+ Kontrastpaare bestehen/);
    const notes = await page
      .getByRole('heading', { name: 'Aktionsfarbe' })
      .locator('xpath=ancestor::*[contains(@class, "sk-alert")][1]')
      .innerText();
    assert.match(
      notes,
      /Ihre Markenfarbe #e2001a füllt die Schaltflächen \(Stufe 500, weiße Schrift 4,94 : 1\)/,
    );
    assert.match(
      notes,
      /color\.action\.default auf color\.layout\.background\.level-3 \(4,15 : 1\)/,
    );
    const themesDir = await downloadInto('passing');
    for (const file of ['theme.json', 'brand.json'])
      assert.deepEqual(
        validateThemeFile(
          file,
          JSON.parse(await readFile(join(themesDir, ID, file), 'utf8')),
          file,
        ),
        [],
      );
    // The command the page prints (run on a copy) writes the same two files.
    const command = await page.locator('#werkstatt pre code').innerText();
    assert.match(command, /^pnpm -C packages\/tokens theme /);
    const args = [...command.matchAll(/--([a-z-]+) (?:"((?:[^"\\]|\\.)*)"|(\S+))/g)].flatMap(
      (m) => [`--${m[1]}`, m[2] ?? m[3]],
    );
    const commandDir = join(scratch, 'command/themes');
    await mkdir(commandDir, { recursive: true });
    const run = spawnSync(
      process.execPath,
      [
        join(tokensRoot, 'scripts/theme.mjs'),
        '--themes-dir',
        commandDir,
        '--repo-root',
        join(scratch, 'command'),
        ...args,
      ],
      { encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
    for (const file of ['theme.json', 'brand.json'])
      assert.equal(
        await readFile(join(themesDir, ID, file), 'utf8'),
        await readFile(join(commandDir, ID, file), 'utf8'),
        file,
      );
    const dist = join(scratch, 'passing/dist');
    const result = build({ themesDir, dist });
    assert.ok(result.ok, result.output);
    const themes = JSON.parse(await readFile(join(dist, 'themes.json'), 'utf8'));
    assert.ok(themes.some((/** @type {{ id: string }} */ t) => t.id === ID));
    const contrast = JSON.parse(await readFile(join(dist, 'json/contrast.json'), 'utf8'));
    for (const [scheme, label] of /** @type {const} */ ([
      ['light', 'Hell'],
      ['dark', 'Dunkel'],
    ])) {
      const built = contrast[`${ID}/${scheme}`];
      assert.ok(Array.isArray(built), `contrast.json has no ${ID}/${scheme}`);
      assert.deepEqual(
        await pairRows(label),
        built.map((/** @type {any} */ r) => ({
          fg: r.foreground,
          bg: r.background,
          ratio: german(r.ratio),
          verdict: 'bestanden',
        })),
      );
    }
    // The page's preview CSS is the build's theme CSS, only scoped to the preview containers.
    const builtCss = await readFile(join(dist, `css/themes/${ID}.css`), 'utf8');
    const shownCss = await page.evaluate(
      (id) =>
        [...document.querySelectorAll('style')]
          .map((style) => style.textContent ?? '')
          .find((css) => css.includes(`Stadtkern theme "${id}"`)),
      ID,
    );
    assert.equal(
      shownCss?.replaceAll(`[data-sk-workshop="${ID}"]`.repeat(3), `[data-sk-theme="${ID}"]`),
      builtCss,
    );
  });

  it('previews the candidate in light and dark, whatever the toolbar shows', async () => {
    const rows = { light: await pairRows('Hell'), dark: await pairRows('Dunkel') };
    // Locators wait for the preview containers, which a re-render of the docs page replaces.
    const value = (/** @type {'light' | 'dark'} */ scheme, /** @type {string} */ token) =>
      page
        .locator(`[data-sk-workshop="${ID}"][data-sk-color-scheme="${scheme}"]`)
        .evaluate((element, t) => getComputedStyle(element).getPropertyValue(t).trim(), token);
    const actionOn = async (/** @type {'Hell' | 'Dunkel'} */ label) =>
      page
        .getByRole('region', { name: `Vorschau ${label}` })
        .getByRole('button', { name: 'Weiter' })
        .evaluate((b) => getComputedStyle(b).backgroundColor);
    const rgb = (/** @type {string} */ hex) =>
      `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    for (const toolbar of ['light', 'dark']) {
      await page.evaluate((colorScheme) => {
        // @ts-expect-error Storybook's preview global
        window.__STORYBOOK_PREVIEW__.channel.emit('updateGlobals', {
          globals: { theme: 'hamburg', colorScheme },
        });
      }, toolbar);
      await page.waitForFunction(
        (s) => document.documentElement.dataset.skColorScheme === s,
        toolbar,
      );
      for (const [scheme, label] of /** @type {const} */ ([
        ['light', 'Hell'],
        ['dark', 'Dunkel'],
      ])) {
        const action = rows[scheme].find(
          (r) => r.fg === 'color.action.on-default' && r.bg === 'color.action.primary.background',
        );
        assert.ok(action);
        const expected = await value(scheme, '--sk-color-action-primary-background');
        // The toolbar switch renders the docs page again, with the pair tables folded.
        await openPairTables();
        assert.equal(await actionOn(label), rgb(expected), `${label} preview, toolbar ${toolbar}`);
        // The same colour the pair table reports for that scheme.
        assert.equal(
          (
            await page
              .getByRole('table', { name: new RegExp(`^${label}:`) })
              .locator('tbody tr', { hasText: 'primary button text, default' })
              .locator('td')
              .nth(1)
              .innerText()
          ).split(/\s+/)[1],
          expected,
        );
      }
    }
    assert.notEqual(
      await value('light', '--sk-color-action-primary-background'),
      await value('dark', '--sk-color-action-primary-background'),
    );
    // The Köln-like red itself fills the light preview's primary button.
    assert.equal(await value('light', '--sk-color-action-primary-background'), KOELN);
  });

  it('puts the verdict and the downloads before the palettes and the folded pair tables', async () => {
    await page.reload();
    await status(/Alle \d+ Kontrastpaare bestehen/);
    const headings = await page.locator('#werkstatt h2').allInnerTexts();
    assert.ok(
      headings.indexOf('Theme herunterladen und einreichen') < headings.indexOf('Palette'),
      headings.join(' | '),
    );
    // The pair tables start folded; their summaries are keyboard controls that say the verdict.
    const summaries = page.locator('#werkstatt details > summary');
    assert.deepEqual(
      (await summaries.allInnerTexts()).map((t) => t.replace(/\d+/, 'n')),
      ['Hell: n Paare, alle bestanden', 'Dunkel: n Paare, alle bestanden'],
    );
    assert.equal(await page.getByRole('table', { name: /^Hell: \d+ Paare/ }).count(), 0);
    await summaries.first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: /^Hell: \d+ Paare/ }).waitFor();
    // A verdict badge stays on one line, and a token name breaks only after a dot: every text node of them (a
    // badge's text, a name's parts between dots) lies on one line, also at 320 px.
    await page.setViewportSize({ width: 320, height: 640 });
    const table = page.getByRole('table', { name: /^Hell:/ });
    const brokenWords = await table.evaluate((t) =>
      [...t.querySelectorAll('.sk-badge, code')]
        .flatMap((element) => {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          const nodes = [];
          for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
          return nodes;
        })
        .filter((node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return tops.size > 1;
        })
        .map((node) => node.textContent),
    );
    assert.deepEqual(brokenWords, []);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('reflows at 320 px: wide tables and the command scroll in their own region (WCAG 1.4.10)', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await status(/Alle \d+ Kontrastpaare bestehen/);
    assert.deepEqual(await horizontalOverflow(page, '#werkstatt'), []);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('loaded nothing from another host and logged no error', () => {
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
  });
});
