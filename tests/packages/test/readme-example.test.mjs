// Consumer proof for the README's form example ("Use it in an application"): an app made from create-vite's
// React TypeScript template — the template's own files (index.html, tsconfig*.json, package.json and its
// scripts), copied from the create-vite version pinned in this package's devDependencies — changed only as
// README.md says: its `npm install` line (the packed tarballs), its line of index.html and its src/main.tsx,
// each taken verbatim from between the README's markers. Built with the template's own `build` script (`tsc -b`
// included, with the template's TypeScript) and used in Debian's Chromium: themed (button colour and
// self-hosted font) in the README's theme and a second one, spaced, errors linked to their fields, the error
// summary focused on a first and on a second failed submit, success announced, no request leaving the app.
// Screenshots go to $SK_SCREENSHOT_DIR when set.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { it } from 'node:test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';
import { serveStatic } from '../../../scripts/lib/static-server.mjs';
import { packAll, repoRoot } from '../lib/pack.mjs';

const README = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const TEMPLATE = join(
  dirname(createRequire(import.meta.url).resolve('create-vite/package.json')),
  'template-react-ts',
);

/** The fenced block of `language` between `<!-- name:start -->` and `<!-- name:end -->`, as a reader copies it. */
function readmeBlock(name, language) {
  const match = new RegExp(
    `<!-- ${name}:start -->[\\s\\S]*?\`\`\`${language}\\n([\\s\\S]*?)\`\`\`[\\s\\S]*?<!-- ${name}:end -->`,
  ).exec(README);
  assert.ok(match, `README.md has a \`\`\`${language} block between the ${name} markers`);
  // A block inside a list item is indented like the item's text; the reader copies it without.
  const lines = match[1].replace(/\n$/, '').split('\n');
  const indent = Math.min(...lines.filter(Boolean).map((line) => /^ */.exec(line)[0].length));
  return lines.map((line) => line.slice(indent)).join('\n') + '\n';
}

/** The packages of the README's `npm install` line. */
function readmeInstall() {
  const match = /^npm install ((?:@stadtkern\/[a-z-]+ ?)+)$/m.exec(README);
  assert.ok(match, 'README.md has an `npm install @stadtkern/…` line');
  return match[1].trim().split(' ');
}

// The README's theme (its index.html line) and a second one set the same way; values as the themes define them.
const THEMES = [
  { id: 'muenchen', button: 'rgb(0, 90, 159)', font: 'Roboto' }, // München-Blau #005a9f
  { id: 'hamburg', button: 'rgb(0, 48, 99)', font: 'Source Sans 3' }, // Hamburg-Blau #003063
];

// The README's theme table shows the partner cities and a row for any other theme by its id, so a new city needs
// no README change; every file it names must exist in the built package.
it('the README theme table names only files @stadtkern/tokens has, and the row for any theme by its id', () => {
  const table = README.slice(
    README.indexOf('**Choose the city'),
    README.indexOf('Light and dark follow'),
  );
  const named = [...table.matchAll(/`@stadtkern\/tokens\/(css\/[^`]+\.css)`/g)].map((m) => m[1]);
  assert.ok(
    named.length >= 8,
    `the README's theme table names the theme files (found ${named.length})`,
  );
  for (const file of named.filter((f) => !f.includes('<theme id>')))
    assert.ok(
      existsSync(join(repoRoot, 'packages/tokens/dist', file)),
      `README's theme table names @stadtkern/tokens/${file}, which the package does not have`,
    );
  for (const pattern of ['css/themes/<theme id>.css', 'css/fonts/<theme id>.css'])
    assert.ok(
      named.includes(pattern),
      `README's theme table has the row for any theme: ${pattern}`,
    );
  const themes = JSON.parse(
    readFileSync(join(repoRoot, 'packages/tokens/dist/themes.json'), 'utf8'),
  );
  for (const { id } of themes.filter((t) => t.id !== 'kern'))
    assert.ok(
      existsSync(join(repoRoot, 'packages/tokens/dist/css/themes', `${id}.css`)) &&
        existsSync(join(repoRoot, 'packages/tokens/dist/css/fonts', `${id}.css`)),
      `the row for any theme fits ${id}: css/themes/${id}.css and css/fonts/${id}.css exist`,
    );
});

it('builds the README form in the create-vite React TypeScript template with its own build script, and it works in Chromium', async (t) => {
  const timings = {};
  let started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'sk-readme-example-'));
  cpSync(TEMPLATE, dir, { recursive: true });
  renameSync(join(dir, '_gitignore'), join(dir, '.gitignore')); // as create-vite does
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  assert.match(manifest.scripts.build, /\btsc\b/, "the template's build script type-checks");

  // index.html: the one line the README names.
  const indexHtml = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.ok(
    indexHtml.includes('<html lang="en">\n'),
    'the template\'s index.html has the line <html lang="en"> that the README says to replace',
  );
  const htmlLine = readmeBlock('readme-example-html', 'html').trim();
  assert.match(htmlLine, /^<html lang="de" data-sk-theme="[a-z-]+">$/);
  assert.ok(
    htmlLine.includes(`data-sk-theme="${THEMES[0].id}"`),
    'the README sets the first theme',
  );
  writeFileSync(join(dir, 'index.html'), indexHtml.replace('<html lang="en">\n', `${htmlLine}\n`));
  writeFileSync(join(dir, 'src/main.tsx'), readmeBlock('readme-example', 'tsx'));

  // The README's npm install line, from the packed tarballs (not released yet). @stadtkern/web comes with
  // @stadtkern/react from the registry after a release; here its tarball is given as well.
  const packs = Object.values(packAll());
  const names = readmeInstall();
  const tarballs = [...names, '@stadtkern/web'].map((name) => {
    const pack = packs.find((p) => p.name === name);
    assert.ok(pack, `${name} of the README's npm install line is a public package`);
    return pack.tarball;
  });
  timings.pack = Date.now() - started;
  started = Date.now();
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], {
    cwd: dir,
    stdio: 'pipe',
    env: { ...process.env, npm_config_package_lock: 'false' },
  });
  timings.install = Date.now() - started;

  started = Date.now();
  try {
    execFileSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    assert.fail(`the template's npm run build failed:\n${error.stdout}\n${error.stderr}`);
  }
  timings.build = Date.now() - started;
  const tsc = execFileSync(join(dir, 'node_modules/.bin/tsc'), ['--version'], {
    encoding: 'utf8',
  }).trim();
  const createVite = JSON.parse(readFileSync(join(TEMPLATE, '../package.json'), 'utf8')).version;
  const report = () =>
    t.diagnostic(
      `create-vite ${createVite}, TypeScript ${tsc.replace(/^Version /, '')}: ` +
        Object.entries(timings)
          .map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)} s`)
          .join(', '),
    );
  report(); // the build's timings, also when a browser check fails

  started = Date.now();
  const html = readFileSync(join(dir, 'dist/index.html'), 'utf8');
  const server = await serveStatic({
    root: join(dir, 'dist'),
    // "/" is the page as built; "/?theme=<id>" the same page with another theme on <html>.
    html: (query) =>
      query.has('theme')
        ? html.replace(htmlLine, `<html lang="de" data-sk-theme="${query.get('theme')}">`)
        : html,
  });
  const { origin } = server;
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const [index, theme] of THEMES.entries()) {
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
      await page.goto(index === 0 ? `${origin}/` : `${origin}/?theme=${theme.id}`);

      const postcode = page.getByRole('textbox', { name: 'Postleitzahl (Pflichtfeld)' });
      await postcode.waitFor();
      const button = page.getByRole('button', { name: 'Antrag senden' });
      assert.equal(
        await button.evaluate((el) => getComputedStyle(el).backgroundColor),
        theme.button,
        `${theme.id}: the button is filled with the theme's colour`,
      );
      await page.evaluate(() => document.fonts.ready);
      const font = await button.evaluate((el) => getComputedStyle(el).fontFamily);
      assert.equal(
        font.split(',')[0].replace(/["']/g, '').trim(),
        theme.font,
        `${theme.id}: the button's font`,
      );
      assert.ok(
        await page.evaluate((f) => document.fonts.check(`16px "${f}"`), theme.font),
        `${theme.id}: the self-hosted font ${theme.font} is loaded`,
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
          `${theme.id}: at least 16 px between block ${i} and the one before (${JSON.stringify(boxes)})`,
        );
      if (process.env.SK_SCREENSHOT_DIR)
        await page.screenshot({
          path: join(process.env.SK_SCREENSHOT_DIR, `readme-form-${theme.id}.png`),
          fullPage: true,
        });

      const summary = page.locator('.sk-error-summary');
      const focused = (locator) => locator.evaluate((el) => el === document.activeElement);
      const checkbox = page.getByRole('checkbox', {
        name: 'Meine Angaben sind richtig und vollständig.',
      });

      // A first failed submit: the summary appears and takes focus; its links lead to their fields.
      await button.click();
      await summary.waitFor();
      assert.equal(await focused(summary), true, `${theme.id}: the first summary takes focus`);
      const links = summary.getByRole('link');
      assert.equal(await links.count(), 2);
      await links.nth(0).click();
      assert.equal(
        await focused(postcode),
        true,
        'the first error link focuses the postcode field',
      );
      await links.nth(1).click();
      assert.equal(await focused(checkbox), true, 'the second error link focuses the checkbox');
      assert.equal(await postcode.getAttribute('aria-invalid'), 'true');
      if (process.env.SK_SCREENSHOT_DIR)
        await page.screenshot({
          path: join(process.env.SK_SCREENSHOT_DIR, `readme-form-${theme.id}-errors.png`),
          fullPage: true,
        });

      // A second failed submit with other errors: the postcode is fixed, the confirmation still missing.
      // The summary, already on the page, takes focus again, so the user hears what is still wrong.
      await postcode.fill('80331');
      await button.click();
      await summary.getByRole('link').nth(1).waitFor({ state: 'detached' });
      assert.equal(await summary.getByRole('link').count(), 1);
      await page
        .waitForFunction(
          () => document.activeElement?.classList.contains('sk-error-summary'),
          undefined,
          { timeout: 2000 },
        )
        .catch(() => {});
      assert.equal(
        await focused(summary),
        true,
        `${theme.id}: the summary takes focus again on a second failed submit (focus is on ${await page.evaluate(
          () => document.activeElement?.outerHTML.slice(0, 80),
        )})`,
      );

      // The confirmation sends it; the success message is announced and the summary is gone.
      await checkbox.check();
      await button.click();
      await page.getByRole('status').filter({ hasText: 'Antrag gesendet' }).waitFor();
      assert.equal(await summary.count(), 0, 'the summary is gone once the errors are fixed');
      assert.deepEqual(errors, [], `${theme.id}: no console or page errors`);
      assert.deepEqual(external, [], `${theme.id}: no request leaves the app`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  timings.browser = Date.now() - started;
  report();
});
