import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../scripts/build.mjs';
import { copyKernTheme, editJson, packageRoot, tempThemes } from './helpers';

const dist = join(packageRoot, 'dist');

describe('built package (dist)', () => {
  it('builds every theme folder in both colour schemes', async () => {
    const folders = (await readdir(join(packageRoot, 'themes'))).sort();
    const list = JSON.parse(await readFile(join(dist, 'themes.json'), 'utf8')) as {
      id: string;
      schemes: string[];
    }[];
    expect(list.map((t) => t.id)).toEqual(folders);
    expect(folders).toEqual(
      expect.arrayContaining(['kern', 'muenchen', 'hamburg', 'schleswig-holstein']),
    );
    for (const theme of list) expect(theme.schemes).toEqual(['light', 'dark']);
  });

  it('keeps the public CSS custom property names stable (a rename needs a major changeset)', async () => {
    const expected = (await readFile(join(packageRoot, 'test/public-token-names.txt'), 'utf8'))
      .trim()
      .split('\n');
    const { tokenNames } = (await import(join(dist, 'index.js'))) as { tokenNames: string[] };
    const removed = expected.filter((n) => !tokenNames.includes(n));
    const added = tokenNames.filter((n) => !expected.includes(n));
    expect(
      { removed, added },
      'Public token names changed. Removing or renaming one is a breaking change: add a major changeset, then update test/public-token-names.txt. Adding one is a minor change: update the list.',
    ).toEqual({ removed: [], added: [] });
  });

  it('scopes each theme to its data attribute, with dark values under the attribute and the media query', async () => {
    const css = await readFile(join(dist, 'css/themes/hamburg.css'), 'utf8');
    expect(css).toMatch(/@layer sk\.theme \{/);
    expect(css).toContain('[data-sk-theme="hamburg"] {');
    expect(css).toContain('[data-sk-theme="hamburg"][data-sk-color-scheme="dark"]');
    expect(css).toMatch(
      /@media \(prefers-color-scheme: dark\) \{\s+\[data-sk-theme="hamburg"\]:not\(\[data-sk-color-scheme="light"\]\)/,
    );
    expect(css).not.toContain(':root');
    expect(css).not.toContain('--sk-brand');
  });

  it('puts the kern theme on :root in the default file and every theme in all.css', async () => {
    const defaultCss = await readFile(join(dist, 'css/default.css'), 'utf8');
    expect(defaultCss).toContain(':root,\n  [data-sk-theme="kern"] {');
    const all = await readFile(join(dist, 'css/all.css'), 'utf8');
    for (const id of ['kern', 'muenchen', 'hamburg', 'schleswig-holstein'])
      expect(all).toContain(`[data-sk-theme="${id}"] {`);
    expect(all.match(/@layer sk\.theme, sk\.base/g)).toHaveLength(1);
  });

  it('emits font sizes in rem with a larger step above the breakpoint', async () => {
    const css = await readFile(join(dist, 'css/themes/kern.css'), 'utf8');
    expect(css).toContain('--sk-typography-font-size-large: 1.3125rem;');
    expect(css).toMatch(
      /@media \(min-width: 768px\) \{[^}]*--sk-typography-font-size-large: 1\.5rem;/,
    );
  });

  it('self-hosts fonts: no remote URL, every referenced file shipped', async () => {
    const css = await readFile(join(dist, 'css/fonts/kern.css'), 'utf8');
    const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url).not.toMatch(/^(https?:)?\/\//);
      await expect(readFile(join(dist, 'css/fonts', url))).resolves.toBeTruthy();
    }
  });

  it('exports typed values per theme and scheme (ESM and CJS agree)', async () => {
    const esm = (await import(join(dist, 'themes/muenchen.js'))) as {
      light: Record<string, string>;
      dark: Record<string, string>;
    };
    const { createRequire } = await import('node:module');
    const cjs = createRequire(import.meta.url)(join(dist, 'themes/muenchen.cjs')) as typeof esm;
    expect(esm.light['--sk-color-action-default']).toMatch(/^#[0-9a-f]{6}$/);
    expect(esm.dark['--sk-color-action-default']).not.toBe(esm.light['--sk-color-action-default']);
    expect(cjs).toEqual({ ...esm });
    const types = await readFile(join(dist, 'index.d.ts'), 'utf8');
    expect(types).toContain('export declare const themeIdPattern: RegExp;');
    expect(types).toContain("| '--sk-color-action-default'");
    expect(types).toMatch(/export type ThemeId = .*'schleswig-holstein'/);
  });

  it("lists each theme's Land in themes.json and the typed index, as its theme.json says", async () => {
    const list = JSON.parse(await readFile(join(dist, 'themes.json'), 'utf8')) as {
      id: string;
      land?: string;
    }[];
    const byId = Object.fromEntries(list.map((t) => [t.id, t.land]));
    expect(byId).toMatchObject({
      kern: 'Länderübergreifend',
      hamburg: 'Hamburg',
      muenchen: 'Bayern',
      'schleswig-holstein': 'Schleswig-Holstein',
    });
    for (const { id, land } of list) {
      const meta = JSON.parse(
        await readFile(join(packageRoot, 'themes', id, 'theme.json'), 'utf8'),
      ) as { land?: string };
      expect(land, id).toBe(meta.land);
    }
    const esm = (await import(join(dist, 'index.js'))) as { themes: unknown };
    expect(esm.themes).toEqual(list);
    const types = await readFile(join(dist, 'index.d.ts'), 'utf8');
    expect(types).toContain('readonly land?: Land;');
    expect(types).toMatch(
      /export type Land = 'Baden-Württemberg' \| .*'Thüringen' \| 'Länderübergreifend';/,
    );
  });
});

describe('theme folders', () => {
  it('point editors at the JSON Schemas with a relative $schema', async () => {
    for (const id of await readdir(join(packageRoot, 'themes'))) {
      for (const kind of ['theme', 'brand']) {
        const file = join(packageRoot, 'themes', id, `${kind}.json`);
        const json = JSON.parse(await readFile(file, 'utf8')) as { $schema?: string };
        expect(json.$schema, file).toBe(`../../schemas/${kind}.schema.json`);
        await expect(
          readFile(join(packageRoot, 'themes', id, json.$schema ?? '')),
        ).resolves.toBeTruthy();
      }
    }
  });
});

describe('build gates', () => {
  it('fails with a contrast message naming theme, scheme, pair, values and ratio when a theme is unreadable', async () => {
    const { themesDir, dist: out } = await tempThemes();
    await copyKernTheme(themesDir, 'grau', 'Grau');
    await editJson(join(themesDir, 'grau/brand.json'), (j) => {
      for (const leaf of Object.values(j.brand.color.neutral)) leaf.$value = '#777777';
    });
    const error = await build({ root: packageRoot, themesDir, dist: out }).catch(
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('contrast');
    expect(message).toMatch(
      /theme "grau" \(light\): color\.layout\.text\.default \(#777777\) on color\.layout\.background\.level-1 \(#777777\) is 1\.00:1, needs at least 4\.5:1/,
    );
    expect(message).not.toMatch(/theme "kern"/);
  });

  it('passes again once the copied theme is restored', async () => {
    const { themesDir, dist: out } = await tempThemes();
    await copyKernTheme(themesDir, 'grau', 'Grau');
    const result = await build({ root: packageRoot, themesDir, dist: out });
    expect(result.themes).toContain('grau');
    const list = JSON.parse(await readFile(join(out, 'themes.json'), 'utf8')) as { id: string }[];
    expect(list.map((t) => t.id)).toContain('grau');
  });

  it('names the file and token path of a broken reference', async () => {
    const { themesDir, dist: out } = await tempThemes();
    await editJson(join(themesDir, 'hamburg/brand.json'), (j) => {
      j.brand.color.primary['800'] = { $value: '{brand.color.primary.850}' };
    });
    await expect(build({ root: packageRoot, themesDir, dist: out })).rejects.toThrow(
      /hamburg\/brand\.json: brand\.color\.primary\.800 \(theme "hamburg", light\): unknown reference \{brand\.color\.primary\.850\}/,
    );
  });

  it('reports circular references with the chain', async () => {
    const { themesDir, dist: out } = await tempThemes();
    await editJson(join(themesDir, 'muenchen/brand.json'), (j) => {
      j.brand.color.primary['50'] = { $value: '{brand.color.primary.100}' };
      j.brand.color.primary['100'] = { $value: '{brand.color.primary.50}' };
    });
    await expect(build({ root: packageRoot, themesDir, dist: out })).rejects.toThrow(
      /circular reference brand\.color\.primary\.(50|100) → /,
    );
  });

  it('reports a resolved value of the wrong $type with file and token path', async () => {
    const { themesDir, dist: out } = await tempThemes();
    await editJson(join(themesDir, 'kern/brand.json'), (j) => {
      j.brand.radius.default.$value = '{brand.color.primary.800}';
    });
    await expect(build({ root: packageRoot, themesDir, dist: out })).rejects.toThrow(
      /themes\/kern\/brand\.json: brand\.radius\.default \(theme "kern", light\): wrong value for \$type dimension: expected a dimension like "16px"/,
    );
  });

  it('names file, JSON path and expectation when brand.json breaks its JSON Schema', async () => {
    const { themesDir, dist: out } = await tempThemes();
    await editJson(join(themesDir, 'hamburg/brand.json'), (j) => {
      j.brand.color.primary['800'] = { $value: 'dunkelblau' };
    });
    const error = await build({ root: packageRoot, themesDir, dist: out }).catch(
      (e: unknown) => e as Error,
    );
    expect((error as Error).message).toContain(
      'themes/hamburg/brand.json: /brand/color/primary/800/$value: must match pattern "^(#[0-9a-fA-F]{6}|\\{brand\\.color\\.[a-z0-9.-]+\\})$" (expected a hex colour like #005a9f, or a reference like {brand.color.primary.700})',
    );
  });

  it('names file, JSON path and expectation when theme.json breaks its JSON Schema', async () => {
    const { themesDir, dist: out } = await tempThemes();
    await editJson(join(themesDir, 'muenchen/theme.json'), (j) => {
      (j as { font?: unknown }).font = { family: 'Roboto', package: 'roboto' };
    });
    await expect(build({ root: packageRoot, themesDir, dist: out })).rejects.toThrow(
      'themes/muenchen/theme.json: /font/package: must match pattern "^@fontsource/[a-z0-9-]+$" (expected an @fontsource package name, e.g. @fontsource/noto-sans)',
    );
  });

  it('names the allowed Länder when theme.json names an unknown Land', async () => {
    const { themesDir, dist: out } = await tempThemes();
    await editJson(join(themesDir, 'muenchen/theme.json'), (j) => {
      (j as { land?: unknown }).land = 'Bavaria';
    });
    await expect(build({ root: packageRoot, themesDir, dist: out })).rejects.toThrow(
      'themes/muenchen/theme.json: /land: must be one of Baden-Württemberg, Bayern, Berlin, Brandenburg, Bremen, Hamburg, Hessen, Mecklenburg-Vorpommern, Niedersachsen, Nordrhein-Westfalen, Rheinland-Pfalz, Saarland, Sachsen, Sachsen-Anhalt, Schleswig-Holstein, Thüringen, Länderübergreifend, got "Bavaria"',
    );
  });

  it('reports a missing required brand token', async () => {
    const { themesDir, dist: out } = await tempThemes();
    await editJson(join(themesDir, 'schleswig-holstein/brand.json'), (j) => {
      delete j.brand.font;
    });
    await expect(build({ root: packageRoot, themesDir, dist: out })).rejects.toThrow(
      /schleswig-holstein\/brand\.json: \/brand: must have required property 'font'/,
    );
  });

  it('rejects semantic tokens in brand.json', async () => {
    const { themesDir, dist: out } = await tempThemes();
    await editJson(join(themesDir, 'kern/brand.json'), (j) => {
      j.color = { $type: 'color', layout: { text: { default: { $value: '#000000' } } } };
    });
    await expect(build({ root: packageRoot, themesDir, dist: out })).rejects.toThrow(
      /themes\/kern\/brand\.json: \(root\): must not have the property "color" \(expected only the brand group \(semantic changes go in overrides\.json\)\)/,
    );
  });

  it('rejects unknown tokens and brand tokens in overrides', async () => {
    const { themesDir, dist: out } = await tempThemes();
    await writeFile(
      join(themesDir, 'kern/overrides.json'),
      JSON.stringify({
        color: { $type: 'color', action: { glow: { $value: '#000000' } } },
        brand: { radius: { $type: 'dimension', default: { $value: '0' } } },
      }),
    );
    const error = await build({ root: packageRoot, themesDir, dist: out }).catch(
      (e: unknown) => e as Error,
    );
    expect((error as Error).message).toContain(
      'themes/kern/overrides.json: color.action.glow: overrides an unknown semantic token',
    );
    expect((error as Error).message).toContain(
      'themes/kern/overrides.json: brand.radius.default: overrides may only change semantic tokens',
    );
  });
});
