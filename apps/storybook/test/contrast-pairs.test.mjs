// Issue #31: every component page has the section „Kontraste“ with <ContrastPairs component="…" />
// (src/blocks/ContrastPairs.tsx), which lists the colour pairs declared in packages/css/src/components/<name>.pairs.json
// with the ratio the tokens' contrast gate measured in every theme, light and dark (json/contrast.json). Runs in
// Node: the block is loaded through Vite and rendered to HTML, as html-markup.test.mjs does.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { startSsrLoader } from './lib/ssr-loader.mjs';

const repo = new URL('../../../', import.meta.url);
const read = (/** @type {string} */ path) => readFileSync(new URL(path, repo), 'utf8');
const HEADING = '## Kontraste';
const cssComponents = new URL('packages/css/src/components/', repo);

/** Every component page in packages/react/src. */
const pages = readdirSync(new URL('packages/react/src/', repo), { withFileTypes: true })
  .filter((dir) => dir.isDirectory())
  .map((dir) => dir.name)
  .filter((name) => existsSync(new URL(`packages/react/src/${name}/${name}.mdx`, repo)));

/** The component files a page's block names: component="x" or component={['x', 'y']}. */
function blockComponents(/** @type {string} */ name) {
  const mdx = read(`packages/react/src/${name}/${name}.mdx`);
  const sections = mdx.split(/^(?=## )/m).filter((part) => part.startsWith(`${HEADING}\n`));
  const match = /<ContrastPairs component=(?:"([\w-]+)"|\{\[([^\]]*)\]\}) \/>/.exec(
    sections[0] ?? '',
  );
  const names = match?.[1]
    ? [match[1]]
    : (match?.[2] ?? '').split(',').map((s) => s.trim().replace(/^'|'$/g, ''));
  return { mdx, count: sections.length, names: names.filter(Boolean) };
}

const declared = readdirSync(cssComponents)
  .filter((f) => f.endsWith('.pairs.json'))
  .map((f) => f.replace(/\.pairs\.json$/, ''));
const contrast = JSON.parse(read('packages/tokens/dist/json/contrast.json'));
const themes = JSON.parse(read('packages/tokens/dist/themes.json'));

describe('the section „Kontraste“ on every component page', () => {
  for (const name of pages)
    it(`${name}.mdx has the heading once, with <ContrastPairs> naming its CSS files`, () => {
      const { mdx, count, names } = blockComponents(name);
      assert.equal(count, 1, `${name}.mdx: one „${HEADING}“`);
      assert.ok(names.length > 0, `${name}.mdx: <ContrastPairs component="…" /> under the heading`);
      for (const file of names)
        assert.ok(existsSync(new URL(`${file}.css`, cssComponents)), `${file}.css exists`);
      assert.match(
        mdx,
        /^import \{[^}]*\bContrastPairs\b[^}]*\} from '@stadtkern\/storybook\/blocks';$/m,
      );
    });

  it('shows every declared component on some page', () => {
    const shown = new Set(pages.flatMap((name) => blockComponents(name).names));
    assert.deepEqual(
      declared.filter((file) => !shown.has(file)),
      [],
    );
  });
});

describe('the table the block renders', () => {
  /** @type {import('vite').ViteDevServer} */
  let vite;
  /** @type {(component: string | string[]) => string} */
  let render;

  before(async () => {
    vite = await startSsrLoader();
    const { ContrastPairs } = await vite.ssrLoadModule('/src/blocks/ContrastPairs.tsx');
    render = (component) => renderToStaticMarkup(createElement(ContrastPairs, { component }));
  });
  after(async () => {
    await vite?.close();
  });

  it('has one row per declared pair, with the gate’s ratio in every theme, light and dark', () => {
    for (const file of declared) {
      const html = render(file);
      const { pairs } = JSON.parse(read(`packages/css/src/components/${file}.pairs.json`));
      const rows = [...html.matchAll(/<tr><th scope="row"[^>]*>(.*?)<\/tr>/g)].map(
        (m) => m[1] ?? '',
      );
      const expected = pairs.flatMap((/** @type {{ fg: string, bg: string | string[] }} */ p) =>
        [p.bg].flat().map((bg) => ({ fg: p.fg, bg })),
      );
      assert.equal(rows.length, expected.length, `${file}: one row per foreground × background`);
      for (const [i, { fg, bg }] of expected.entries()) {
        const row = rows[i] ?? '';
        assert.ok(row.startsWith(`<code>${fg}</code> auf <code>${bg}</code>`), `${file}: row ${i}`);
        for (const theme of themes)
          for (const scheme of ['light', 'dark']) {
            const gated = contrast[`${theme.id}/${scheme}`].find(
              (/** @type {{ foreground: string, background: string }} */ r) =>
                r.foreground === fg && r.background === bg,
            );
            assert.ok(gated, `${file}: ${fg} on ${bg} is gated in ${theme.id}/${scheme}`);
            const label = gated.ratio.toLocaleString('de-DE', { maximumFractionDigits: 2 });
            assert.ok(row.includes(`${label} ✓`), `${file}: ${fg} on ${bg} shows ${label} ✓`);
          }
      }
      assert.ok(!html.includes('nicht geprüft'), `${file}: every pair has a ratio`);
    }
  });

  it('names the theme columns and the tokens drawn without a minimum', () => {
    const html = render('divider');
    assert.match(html, /Ohne Mindestkontrast, weil rein dekorativ/);
    assert.match(html, /<code>color\.layout\.border\.default<\/code>/);
    const button = render('button');
    for (const theme of themes) assert.ok(button.includes(`${theme.name} (hell / dunkel)`));
  });

  it('says so for a component that sets no colour token of its own', () => {
    assert.match(render('grid'), /\.sk-grid setzt keine eigenen Farb-Tokens/);
  });
});
