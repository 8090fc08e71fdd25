// The published Storybook as GitLab and GitHub Pages serve it: the built folder under a sub-path
// (https://<group>.pages.…/<project>/), without any other host. Serves storybook-static at
// http://127.0.0.1:<port>/stadtkern/ and checks the manager and one story in the selected themes × colour schemes
// (KERN and one further theme per run, a theme's merge request its own: SK_STORY_THEMES,
// scripts/lib/story-themes.mjs):
// it renders, in the theme's colours and self-hosted font; no request leaves the sub-path (an absolute "/…"
// asset URL works at a host's root and breaks on Pages), none goes to another host (offline: no web font or
// script from a third party), no console errors. The first test proves the check on a fixture page that
// does both wrong. Last, the Pages jobs in both pipelines build with the local command and publish this
// folder (docs/storybook-publishing.md).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/lib/static-server.mjs';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';
import { storyThemes } from '../../../scripts/lib/story-themes.mjs';

const require = createRequire(import.meta.url);
/** @type {{ id: string, name: string, schemes: string[] }[]} */
const allThemes = require('@stadtkern/tokens/themes.json');
const selected = storyThemes();
const themes = allThemes.filter((theme) => selected.includes(theme.id));
const staticDir = fileURLToPath(new URL('../storybook-static', import.meta.url));
const BASE = '/stadtkern/';
const STORY = 'komponenten-aktionen-button--primaer';
const BUTTON = { name: 'Antrag senden' };
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** The local Storybook build, which every Pages job runs after .ci/run's install. */
const BUILD = 'pnpm turbo run build --filter=@stadtkern/storybook --output-logs=errors-only';

/**
 * Opens pages in a context whose every request is checked: a request to another host is recorded and
 * aborted (nothing leaves the machine), and so are console errors and uncaught exceptions. `problems()`
 * adds what the server saw (requests outside the sub-path, 404s) and empties all lists for the next check.
 * @param {import('playwright').Browser} browser
 * @param {Awaited<ReturnType<typeof serveStatic>>} server
 */
async function watchedContext(browser, server) {
  const seen = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === server.origin || ['data:', 'blob:'].includes(url.protocol)) {
      return route.continue();
    }
    seen.push(`request to another host: ${url.href}`);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') seen.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => seen.push(`uncaught exception: ${error.message}`));
  });
  return {
    context,
    problems() {
      const outside = server.outside.map((path) => `request outside ${BASE}: ${path}`);
      const missing = server.missing
        .filter((path) => !server.outside.includes(path))
        .map((path) => `not found: ${path}`);
      const all = [...outside, ...missing, ...seen];
      server.outside.length = 0;
      server.missing.length = 0;
      seen.length = 0;
      return all;
    },
  };
}

/** "#0b3a82" → "rgb(11, 58, 130)", as getComputedStyle writes it. */
function rgb(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

describe('the sub-path check', () => {
  it('reports an absolute asset URL and a request to another host (fixture)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-published-'));
    const server = await serveStatic({ root: dir, base: BASE });
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      writeFileSync(
        join(dir, 'index.html'),
        [
          '<!doctype html><html lang="de"><title>Fixture</title>',
          '<link rel="stylesheet" href="https://fonts.example.org/css?family=Fira+Sans">',
          '<script src="./ok.js"></script><script src="/x.js"></script>',
          '<h1>Fixture</h1></html>',
        ].join(''),
      );
      writeFileSync(join(dir, 'ok.js'), 'document.documentElement.dataset.ok = "yes";');
      const { context, problems } = await watchedContext(browser, server);
      const page = await context.newPage();
      await page.goto(server.url);
      assert.equal(await page.locator('html').getAttribute('data-ok'), 'yes');
      const found = problems();
      assert.ok(found.includes(`request outside ${BASE}: /x.js`), found.join('\n'));
      assert.ok(
        found.includes('request to another host: https://fonts.example.org/css?family=Fira+Sans'),
        found.join('\n'),
      );
      assert.ok(!found.some((p) => p.includes('ok.js')), found.join('\n'));

      // The same page with relative URLs and nothing from elsewhere passes.
      writeFileSync(
        join(dir, 'index.html'),
        '<!doctype html><html lang="de"><title>Fixture</title><script src="./ok.js"></script><h1>Fixture</h1></html>',
      );
      await page.goto(server.url);
      assert.equal(await page.locator('html').getAttribute('data-ok'), 'yes');
      assert.deepEqual(problems(), []);
    } finally {
      await browser.close();
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe(`the built Storybook under ${BASE}`, () => {
  let server;
  let browser;
  let watched;
  before(async () => {
    server = await serveStatic({ root: staticDir, base: BASE });
    browser = await chromium.launch(chromiumLaunchOptions());
    watched = await watchedContext(browser, server);
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('finds the themes to check', () => {
    assert.ok(themes.length > 0, 'themes.json lists no theme');
    assert.deepEqual(
      themes.map((theme) => theme.id).sort(),
      [...selected].sort(),
      'a selected theme is missing from themes.json',
    );
  });

  it('loads the manager: Stadtkern brand, sidebar, the story in the preview, a docs page', async () => {
    const page = await watched.context.newPage();
    try {
      await page.goto(`${server.url}?path=/story/${STORY}`);
      // The brand: named Stadtkern, its link stays in the published folder, its mark (if any) loads.
      const brand = page.locator('a[title*="Stadtkern"]').first();
      await brand.waitFor({ timeout: 30_000 });
      const shown = await brand.evaluate((link) => ({
        href: link.href,
        images: [...link.querySelectorAll('img')].map(
          (img) => img.complete && img.naturalWidth > 0,
        ),
      }));
      assert.ok(shown.href.startsWith(server.url), `the brand links to ${shown.href}`);
      assert.ok(!shown.images.includes(false), 'the brand mark did not load');
      const sidebar = page.locator('#storybook-explorer-tree');
      await sidebar.getByText('Button', { exact: true }).first().waitFor();
      const preview = page.frameLocator('#storybook-preview-iframe');
      await preview.getByRole('button', BUTTON).waitFor({ timeout: 30_000 });
      assert.match(await page.title(), /Stadtkern/);

      // Navigating in place: the welcome page, a docs page (MDX chunks load on demand).
      await sidebar
        .getByRole('link', { name: 'Willkommen' })
        .or(sidebar.getByRole('button', { name: 'Willkommen' }))
        .first()
        .click();
      await page.waitForURL(/[?&]path=\/docs\/willkommen/);
      await preview.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      assert.deepEqual(watched.problems(), []);
    } finally {
      await page.close();
    }
  });

  for (const theme of themes) {
    for (const scheme of theme.schemes) {
      it(`renders ${STORY} in ${theme.id} / ${scheme}: theme colours and font, nothing from elsewhere`, async () => {
        const tokens = require(`@stadtkern/tokens/json/${theme.id}.json`)[scheme];
        const family = tokens['--sk-typography-font-family-default']
          .split(',')[0]
          .trim()
          .replace(/^'|'$/g, '');
        const page = await watched.context.newPage();
        try {
          await page.goto(
            `${server.url}iframe.html?id=${STORY}&viewMode=story&globals=theme:${theme.id};colorScheme:${scheme}`,
          );
          const button = page.getByRole('button', BUTTON);
          await button.waitFor({ timeout: 30_000 });
          const html = page.locator('html');
          assert.equal(await html.getAttribute('data-sk-theme'), theme.id);
          assert.equal(await html.getAttribute('data-sk-color-scheme'), scheme);
          await page.evaluate(() => document.fonts.ready);
          const shown = await button.evaluate((element, wanted) => {
            const style = getComputedStyle(element);
            return {
              background: style.backgroundColor,
              family: style.fontFamily.split(',')[0].trim().replace(/^"|"$/g, ''),
              // The theme's faces the page used: at least one loaded, none failed (a blocked or missing file).
              faces: [...document.fonts]
                .filter((face) => face.family.replace(/^"|"$/g, '') === wanted)
                .map((face) => face.status),
            };
          }, family);
          assert.deepEqual(
            { background: shown.background, family: shown.family },
            { background: rgb(tokens['--sk-color-action-default']), family },
          );
          assert.ok(shown.faces.includes('loaded'), `no ${family} face loaded: ${shown.faces}`);
          assert.ok(!shown.faces.includes('error'), `a ${family} face failed: ${shown.faces}`);
          await page.waitForLoadState('networkidle');
          assert.deepEqual(watched.problems(), []);
        } finally {
          await page.close();
        }
      });
    }
  }
});

describe('the Pages jobs', () => {
  // `yaml` is a devDependency of the repository root (scripts/lint-repo.mjs reads publiccode.yml with it).
  const { parse } = createRequire(join(repoRoot, 'package.json'))('yaml');
  const read = (path) => readFileSync(join(repoRoot, path), 'utf8');
  const ci = `bash .ci/run ${BUILD}`;

  it('the documentation names the command the jobs run', () => {
    assert.ok(read('docs/storybook-publishing.md').includes(ci));
  });

  it('GitLab: pages publishes the build from the default branch after the tests; merge requests get a review app', () => {
    const gitlab = parse(read('.gitlab-ci.yml'));
    const publish = 'rm -rf public && cp -r apps/storybook/storybook-static public';
    assert.deepEqual(gitlab.pages.script, [ci, publish]);
    assert.deepEqual(gitlab.pages.artifacts.paths, ['public']);
    assert.deepEqual(gitlab.pages.needs, [{ job: 'test', artifacts: false }]);
    assert.deepEqual(gitlab.pages.rules, [{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);

    const preview = gitlab['storybook-preview'];
    assert.deepEqual(preview.script.slice(0, 2), [ci, publish]);
    assert.deepEqual(preview.rules, [{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    assert.deepEqual(preview.artifacts.paths, ['public/']); // expose_as needs the trailing "/"
    assert.equal(preview.artifacts.expose_as, 'Storybook');
    // The environment's URL is a variable the job writes into its dotenv report, pointing into its artefact.
    const variable = /^\$([A-Z_]+)$/.exec(preview.environment.url)?.[1];
    assert.ok(variable, `environment.url is ${preview.environment.url}`);
    const line = preview.script.find((command) => command.includes(`${variable}=`));
    assert.match(
      line ?? '',
      /\/-\/jobs\/\$\{CI_JOB_ID\}\/artifacts\/public\/index\.html" > (\S+)$/,
    );
    assert.equal(line.split(' > ').at(-1), preview.artifacts.reports.dotenv);
  });

  it('GitHub: main is deployed to Pages after CI; pull requests keep the build as an artefact', () => {
    const github = parse(read('.github/workflows/storybook.yml'));
    assert.deepEqual(github.on.workflow_run, {
      workflows: ['CI'],
      types: ['completed'],
      branches: ['main'],
    });
    const steps = github.jobs.build.steps;
    assert.ok(steps.some((step) => step.run === ci));
    const upload = (action) => steps.find((step) => step.uses?.startsWith(`${action}@`));
    assert.equal(
      upload('actions/upload-pages-artifact')?.with.path,
      'apps/storybook/storybook-static/',
    );
    assert.equal(upload('actions/upload-artifact')?.with.path, 'apps/storybook/storybook-static/');
    assert.match(github.jobs.build.if, /workflow_run\.conclusion == 'success'/);
    const deploy = github.jobs.deploy;
    assert.equal(deploy.needs, 'build');
    assert.equal(deploy.permissions.pages, 'write');
    assert.equal(deploy.permissions['id-token'], 'write');
    assert.ok(deploy.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')));
  });
});
