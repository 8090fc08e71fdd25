// The landing page („Willkommen“, src/Welcome.mdx). Its status table is generated, not kept by hand: one row per
// stories file with the stage of its stage tag, the KERN counterpart from docs/kern-mapping.md and the release
// from packages/react/CHANGELOG.md or the pending changesets (src/blocks/components.ts; the pending release is
// read and planned by changesets' own libraries in .storybook/releases.ts). The derivations run in Node through
// Vite, also on broken input, where they must fail loudly; the built page is read in Chromium, reflows at 320 px,
// and its share links open the whole Storybook in the theme and colour scheme they name.
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/lib/static-server.mjs';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';
import { startSsrLoader } from './lib/ssr-loader.mjs';

const repo = new URL('../../../', import.meta.url);
const read = (/** @type {string} */ path) => readFileSync(new URL(path, repo), 'utf8');
const staticDir = fileURLToPath(new URL('../storybook-static', import.meta.url));
const themes = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('@stadtkern/tokens/themes.json'), 'utf8'),
);
const reactVersion = JSON.parse(read('packages/react/package.json')).version;
const hasChangelog = existsSync(new URL('packages/react/CHANGELOG.md', repo));
const WELCOME = 'willkommen--dokumentation';
const STAGE_LABELS = { experimental: 'experimentell', candidate: 'Kandidat', stable: 'stabil' };

/** Each component's stories file, read here on its own: title and stage tag of the meta. */
const components = readdirSync(new URL('packages/react/src/', repo), { withFileTypes: true })
  .filter((dir) => dir.isDirectory())
  .map((dir) => `packages/react/src/${dir.name}/${dir.name}.stories.tsx`)
  .filter((file) => existsSync(new URL(file, repo)))
  .map((file) => {
    const source = read(file);
    const title = /^\s*title: '([^']+)'/m.exec(source)?.[1];
    const stage = /^\s*tags: \[[^\]]*'stage-(\w+)'/m.exec(source)?.[1];
    assert.ok(title && stage, `${file}: no title or stage tag found`);
    return { name: title.split('/').at(-1), title, stage };
  });

/** @type {string[]} */
const scratchDirs = [];

/**
 * A workspace to read release sources from: @stadtkern/react, @stadtkern/css and @stadtkern/other at `version`,
 * `group` as the fixed group of .changeset/config.json, and the given changesets.
 * @param {{ version: string, group: string[], changesets: string[] }} options
 */
function scratchRepo({ version, group, changesets }) {
  const root = mkdtempSync(join(tmpdir(), 'sk-releases-'));
  scratchDirs.push(root);
  const write = (/** @type {string} */ path, /** @type {string} */ text) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('package.json', JSON.stringify({ name: 'scratch', private: true }));
  write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n');
  for (const name of ['react', 'css', 'other'])
    write(`packages/${name}/package.json`, JSON.stringify({ name: `@stadtkern/${name}`, version }));
  write('.changeset/config.json', JSON.stringify({ fixed: [group] }));
  changesets.forEach((text, i) => write(`.changeset/change-${i}.md`, text));
  return root;
}

const semver = (/** @type {string} */ v) => v.split('.').map(Number);
const isAfter = (/** @type {string} */ a, /** @type {string} */ b) => {
  const [x, y] = [semver(a), semver(b)];
  const i = x.findIndex((part, j) => part !== y[j]);
  return i >= 0 && (x[i] ?? 0) > (y[i] ?? 0);
};

describe('the derivations behind the status table (src/blocks/components.ts)', () => {
  /** @type {import('vite').ViteDevServer} */
  let vite;
  /** @type {any} */
  let status;
  /** @type {any} */
  let releases;
  before(async () => {
    vite = await startSsrLoader();
    status = await vite.ssrLoadModule('/src/blocks/components.ts');
    releases = await vite.ssrLoadModule('/.storybook/releases.ts');
  });
  after(async () => {
    await vite?.close();
    for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('maps KERN elements to the components a row names outside parentheses', () => {
    const mapping = status.parseKernMapping(
      [
        '| KERN       | Stadtkern (React)                         | GOV.UK     |',
        '| ---------- | ----------------------------------------- | ---------- |',
        '| `fieldset` | `Fieldset` (auch in `DateInput`)          | Fieldset   |',
        '| `input`    | `TextInput`, `DateInput` in `FormField`   | Text input |',
        '| `title`    | `Heading level={1}` (Größe `3x-large`)    | Heading XL |',
        '',
        '| Stadtkern | GOV.UK |',
        '| --------- | ------ |',
        '| `Tabs`    | Tabs   |',
      ].join('\n'),
    );
    assert.deepEqual(status.kernOf(mapping, 'DateInput'), ['input']);
    assert.deepEqual(status.kernOf(mapping, 'Fieldset'), ['fieldset']);
    assert.deepEqual(status.kernOf(mapping, 'Heading'), ['title']);
    assert.deepEqual(status.kernOf(mapping, 'Tabs'), []);
  });

  it('fails when docs/kern-mapping.md does not name a component', () => {
    const withoutButton = read('docs/kern-mapping.md')
      .split('\n')
      .filter((line) => !line.includes('`Button`'))
      .join('\n');
    assert.throws(
      () => status.kernOf(status.parseKernMapping(withoutButton), 'Button'),
      /kern-mapping\.md does not name the component Button/,
    );
    const mapping = status.parseKernMapping(read('docs/kern-mapping.md'));
    for (const { name } of components) assert.doesNotThrow(() => status.kernOf(mapping, name));
  });

  it('takes the first release whose notes name the component', () => {
    const changelog = [
      '# @stadtkern/react',
      '## 0.3.0',
      '### Minor Changes',
      '- 1a2b3c4: New: Table, with sortable headers. Button: loading state.',
      '## 0.2.0',
      '### Minor Changes',
      '- 5d6e7f8: Add Button and `<TableCell>`.',
    ].join('\n\n');
    const sources = { version: '0.3.0', group: ['@stadtkern/react'], changelog, changesets: [] };
    assert.deepEqual(status.sinceOf(sources, 'Button'), { released: true, version: '0.2.0' });
    assert.deepEqual(status.sinceOf(sources, 'Table'), { released: true, version: '0.3.0' });
    assert.throws(() => status.sinceOf(sources, 'Dialog'), /Dialog: neither/);
  });

  it('gives an unreleased component the version the pending changesets of its release group lead to', async () => {
    const changeset = (/** @type {string} */ bumps, /** @type {string} */ text) =>
      `---\n${bumps}\n---\n\n${text}\n`;
    const changesets = [
      changeset("'@stadtkern/react': minor", 'New: Foo.'),
      changeset("'@stadtkern/css': major", 'Rename `.sk-x`.'),
      changeset("'@stadtkern/other': major", 'Bar, outside the group.'),
    ];
    const sources = await releases.readReleaseSources(
      scratchRepo({ version: '0.2.0', group: ['@stadtkern/css', '@stadtkern/react'], changesets }),
    );
    assert.deepEqual(status.sinceOf(sources, 'Foo'), { released: false, next: '1.0.0' });
    assert.deepEqual(
      status.sinceOf(
        await releases.readReleaseSources(
          scratchRepo({
            version: '0.2.0',
            group: ['@stadtkern/css', '@stadtkern/react'],
            changesets: changesets.slice(0, 1),
          }),
        ),
        'Foo',
      ),
      { released: false, next: '0.3.0' },
    );
    assert.throws(() => status.sinceOf(sources, 'Bar'), /Bar: neither .* nor a pending changeset/);
    await assert.rejects(
      releases.readReleaseSources(
        scratchRepo({
          version: '0.2.0',
          group: ['@stadtkern/react'],
          changesets: ['no front matter'],
        }),
      ),
      /missing or invalid frontmatter/,
    );
  });

  it('reads this repository: the package version, its release group and every pending changeset', async () => {
    const sources = await releases.readReleaseSources(fileURLToPath(repo));
    assert.equal(sources.version, reactVersion);
    assert.ok(sources.group.includes('@stadtkern/react'));
    const pending = readdirSync(new URL('.changeset/', repo)).filter(
      (f) => f.endsWith('.md') && f !== 'README.md',
    );
    assert.equal(sources.changesets.length, pending.length);
    assert.equal(sources.changelog !== undefined, hasChangelog);
  });
});

describe('the built landing page', () => {
  /** @type {Awaited<ReturnType<typeof serveStatic>>} */
  let server;
  /** @type {import('playwright').Browser} */
  let browser;
  /** @type {import('playwright').Page} */
  let page;
  const index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8'));
  const docsIdOf = (/** @type {string} */ title) =>
    Object.values(index.entries).find((e) => e.type === 'docs' && e.title === title)?.id;

  before(async () => {
    server = await serveStatic({ root: staticDir });
    browser = await chromium.launch(chromiumLaunchOptions());
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(
      `${server.url}iframe.html?id=${WELCOME}&viewMode=docs&globals=theme:kern;colorScheme:light`,
    );
    await page.getByRole('table', { name: /Komponenten:/ }).waitFor();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('lists every component once, linked to its docs page, with the stage of its stories', async () => {
    const rows = await page
      .getByRole('region', { name: 'Status aller Komponenten' })
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => ({
          name: tr.querySelector('th')?.textContent,
          href: tr.querySelector('th a')?.getAttribute('href'),
          cells: [...tr.querySelectorAll('td')].map((td) => td.textContent),
        })),
      );
    assert.equal(rows.length, components.length);
    for (const { name, title, stage } of components) {
      const row = rows.find((r) => r.name === name);
      assert.ok(row, `no row for ${name}`);
      const id = docsIdOf(title);
      assert.ok(id, `${title} has no docs page`);
      assert.equal(row.href, `./?path=/docs/${id}`);
      assert.equal(row.cells[0], STAGE_LABELS[/** @type {keyof STAGE_LABELS} */ (stage)]);
    }
    const caption = await page.locator('caption', { hasText: 'veröffentlicht' }).textContent();
    assert.match(caption ?? '', new RegExp(`^${components.length} Komponenten: `));
  });

  it('names each component’s KERN counterpart as docs/kern-mapping.md does', async () => {
    const mapping = read('docs/kern-mapping.md');
    const kern = Object.fromEntries(
      await page
        .getByRole('region', { name: 'Status aller Komponenten' })
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [
            tr.querySelector('th')?.textContent,
            tr.querySelectorAll('td')[1]?.textContent,
          ]),
        ),
    );
    assert.equal(kern.Button, 'button');
    assert.equal(kern.DateInput, 'input', 'DateInput is only in parentheses in the fieldset row');
    assert.equal(kern.Tabs, '– (über KERN hinaus)');
    for (const [name, cell] of Object.entries(kern)) {
      if (cell === '– (über KERN hinaus)') {
        assert.match(mapping, new RegExp(`^\\| [^|]*\`${name}\``, 'm'), `${name} beyond KERN`);
        continue;
      }
      for (const element of cell.split(', '))
        assert.match(mapping, new RegExp(`^\\| \`${element}\` +\\|.*\`${name}\\b`, 'm'), name);
    }
  });

  it('says from which release of @stadtkern/react each component is available', async () => {
    const since = await page
      .getByRole('region', { name: 'Status aller Komponenten' })
      .locator('tbody tr td:last-child')
      .allTextContents();
    assert.equal(since.length, components.length);
    for (const text of since) {
      if (hasChangelog && /^\d+\.\d+\.\d+$/.test(text)) continue;
      const next = /^noch nicht veröffentlicht \(kommt mit (\d+\.\d+\.\d+)\)$/.exec(text)?.[1];
      assert.ok(
        next,
        `„${text}“ is neither a version nor „noch nicht veröffentlicht (kommt mit x.y.z)“`,
      );
      assert.ok(isAfter(next, reactVersion), `${next} is not after ${reactVersion}`);
    }
  });

  it('names every theme of the tokens build and links to this page in each theme and scheme', async () => {
    const text = (await page.locator('#storybook-docs').textContent()) ?? '';
    for (const theme of themes) {
      assert.ok(text.includes(theme.name), `${theme.name} is not named`);
      for (const [scheme, label] of [
        ['light', 'hell'],
        ['dark', 'dunkel'],
      ])
        assert.equal(
          await page
            .getByRole('link', { name: `${theme.name} ${label}`, exact: true })
            .getAttribute('href'),
          `./?path=/docs/${WELCOME}&globals=theme:${theme.id};colorScheme:${scheme}`,
        );
    }
  });

  it('reflows at 320 px: the table scrolls in its own named, focusable region', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      const region = page.getByRole('region', { name: 'Status aller Komponenten' });
      assert.equal(await region.getAttribute('tabindex'), '0');
      const { page: pageOverflow, region: regionOverflow } = await region.evaluate((el) => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        region: el.scrollWidth - el.clientWidth,
      }));
      assert.ok(pageOverflow <= 0, `the page scrolls sideways by ${pageOverflow} px`);
      assert.ok(regionOverflow > 0, 'the table fits 320 px, so this check proves nothing');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('a shared address opens Storybook in its theme and scheme, and the page’s links switch them', async () => {
    const manager = await browser.newPage();
    try {
      const theme = themes.at(-1);
      const other = themes[0];
      await manager.goto(
        `${server.url}?path=/docs/${WELCOME}&globals=theme:${theme.id};colorScheme:dark`,
      );
      const frame = manager.frameLocator('#storybook-preview-iframe');
      const html = frame.locator('html');
      await frame.getByRole('table', { name: /Komponenten:/ }).waitFor();
      assert.equal(await html.getAttribute('data-sk-theme'), theme.id);
      assert.equal(await html.getAttribute('data-sk-color-scheme'), 'dark');
      await frame.getByRole('link', { name: `${other.name} hell`, exact: true }).click();
      await manager.waitForURL(/colorScheme:light/);
      await frame.getByRole('table', { name: /Komponenten:/ }).waitFor();
      await manager.waitForFunction(
        ({ id }) => {
          const doc = document.querySelector('iframe')?.contentDocument?.documentElement;
          return doc?.dataset.skTheme === id && doc.dataset.skColorScheme === 'light';
        },
        { id: other.id },
      );
      assert.match(manager.url(), new RegExp(`theme:${other.id}`));
    } finally {
      await manager.close();
    }
  });
});
