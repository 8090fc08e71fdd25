import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../scripts/build.mjs';
import { primaryFamily, studioType } from '@stadtkern/tokens/engine';
import { copyKernTheme, editJson, packageRoot, tempThemes } from './helpers';

const dist = join(packageRoot, 'dist');

interface Token {
  $value: unknown;
  $type: string;
  $description?: string;
  $extensions?: {
    'de.stadtkern'?: { cssVariable?: string; cssValue?: string; paletteStep?: true };
  };
}
interface ThemeOption {
  id: string;
  name: string;
  group?: string;
  selectedTokenSets: Record<string, string>;
}
interface TokenGroup {
  [key: string]: Token | TokenGroup;
}
type StudioDocument = Record<string, unknown> & {
  $themes: ThemeOption[];
  $metadata: { tokenSetOrder: string[] };
};
interface ThemeEntry {
  id: string;
  name: string;
  schemes: string[];
}

const readJson = async <T>(file: string) => JSON.parse(await readFile(file, 'utf8')) as T;
const themeList = () => readJson<ThemeEntry[]>(join(dist, 'themes.json'));
const studio = (dir: string, file: string) =>
  readJson<StudioDocument>(join(dir, 'tokens-studio', file));

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isToken = (v: unknown): v is Token =>
  isRecord(v) &&
  '$value' in v &&
  typeof v.$type === 'string' &&
  (v.$description === undefined || typeof v.$description === 'string');

/** The token types Tokens Studio for Figma knows (figma-plugin, src/constants/TokenTypes.ts). */
const STUDIO_TYPES = [
  'other',
  'color',
  'borderRadius',
  'sizing',
  'spacing',
  'text',
  'typography',
  'opacity',
  'borderWidth',
  'boxShadow',
  'fontFamilies',
  'fontWeights',
  'lineHeights',
  'fontSizes',
  'letterSpacing',
  'paragraphSpacing',
  'paragraphIndent',
  'textDecoration',
  'textCase',
  'composition',
  'dimension',
  'border',
  'asset',
  'boolean',
  'number',
];

/**
 * What Tokens Studio's "Load from file" accepts (figma-plugin, src/storage/schemas/complexSingleFileSchema.ts):
 * first-level keys are token sets, each a record of tokens (`$value` and a string `$type`) and groups — a group
 * holds nothing else, so a group-level `$type` or `$description` fails the whole file — plus `$themes` and
 * `$metadata.tokenSetOrder`.
 */
function studioProblems(doc: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const walk = (node: Record<string, unknown>, path: string) => {
    for (const [key, value] of Object.entries(node)) {
      const at = `${path}.${key}`;
      if (isToken(value)) continue;
      if (!isRecord(value) || '$value' in value)
        problems.push(`${at}: neither a token ($value and a string $type) nor a group of tokens`);
      else walk(value, at);
    }
  };
  for (const [key, value] of Object.entries(doc)) {
    if (key === '$themes') {
      if (!Array.isArray(value)) problems.push('$themes: not an array');
      else
        for (const option of value as unknown[]) {
          const o = option as Partial<ThemeOption>;
          if (typeof o.id !== 'string' || typeof o.name !== 'string')
            problems.push(`$themes: ${JSON.stringify(option)} needs a string id and name`);
          if (o.group !== undefined && typeof o.group !== 'string')
            problems.push(`$themes: ${String(o.id)}: group is not a string`);
          if (
            !isRecord(o.selectedTokenSets) ||
            !Object.values(o.selectedTokenSets).every((s) =>
              ['enabled', 'disabled', 'source'].includes(s),
            )
          )
            problems.push(
              `$themes: ${String(o.id)}: selectedTokenSets must be enabled/disabled/source`,
            );
        }
    } else if (key === '$metadata') {
      const order = isRecord(value) ? value.tokenSetOrder : undefined;
      if (!Array.isArray(order) || !order.every((s) => typeof s === 'string'))
        problems.push('$metadata.tokenSetOrder: not a list of set names');
    } else if (!isRecord(value)) problems.push(`${key}: a token set must be an object`);
    else walk(value, key);
  }
  return problems;
}

/** Every token of a set with its dotted path. */
function flatten(set: TokenGroup, prefix = ''): { name: string; token: Token }[] {
  return Object.entries(set).flatMap(([key, value]) =>
    isToken(value)
      ? [{ name: `${prefix}${key}`, token: value }]
      : flatten(value, `${prefix}${key}.`),
  );
}
const sets = (doc: StudioDocument) =>
  Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('$'))) as Record<
    string,
    TokenGroup
  >;
const css = (token: Token) => token.$extensions?.['de.stadtkern'];

describe('Tokens Studio export (dist/tokens-studio)', () => {
  it('writes all.json and one file per theme × scheme, each a file Tokens Studio loads', async () => {
    const themes = await themeList();
    expect(themes.length).toBeGreaterThan(1);
    const expected = [
      'all.json',
      ...themes.flatMap((t) => t.schemes.map((s) => `${t.id}.${s}.json`)),
    ].sort();
    const files = (await readdir(join(dist, 'tokens-studio'))).sort();
    expect(files).toEqual(expected);
    for (const file of files) {
      const doc = await studio(dist, file);
      expect(studioProblems(doc), file).toEqual([]);
      for (const [setName, set] of Object.entries(sets(doc))) {
        const tokens = flatten(set);
        expect(tokens.length, `${file} ${setName}`).toBeGreaterThan(0);
        for (const { name, token } of tokens) {
          expect(STUDIO_TYPES, `${file} ${setName} ${name}`).toContain(token.$type);
          // Resolved values only: no {reference} is left for the plugin to resolve.
          expect(JSON.stringify(token.$value), `${file} ${setName} ${name}`).not.toMatch(
            /\{[^}]*\}/,
          );
        }
      }
    }
  });

  it('gives every semantic token the value of its CSS custom property, in every theme × scheme', async () => {
    const all = await studio(dist, 'all.json');
    for (const theme of await themeList()) {
      const values = await readJson<Record<string, Record<string, string>>>(
        join(dist, 'json', `${theme.id}.json`),
      );
      const meta = await readJson<{ font?: { family: string } }>(
        join(packageRoot, 'themes', theme.id, 'theme.json'),
      );
      for (const scheme of theme.schemes) {
        const where = `${theme.id}/${scheme}`;
        const set = all[where] as TokenGroup | undefined;
        expect(set, where).toBeDefined();
        const tokens = flatten(set ?? {});
        const expected = values[scheme] ?? {};
        expect(tokens.map(({ token }) => css(token)?.cssVariable).sort(), where).toEqual(
          Object.keys(expected).sort(),
        );
        for (const { name, token } of tokens) {
          const cssName = css(token)?.cssVariable ?? '';
          const cssValue = expected[cssName];
          const at = `${where} ${name}`;
          expect(cssName, at).toBe(`--sk-${name.replaceAll('.', '-')}`);
          expect(css(token)?.cssValue, at).toBe(cssValue);
          if (name.startsWith('typography.line-height.')) {
            // Figma reads a unitless line height as pixels: Tokens Studio gets the percentage.
            expect(token.$type, at).toBe('lineHeights');
            expect(token.$value, at).toMatch(/^\d+(\.\d+)?%$/);
            expect(Number.parseFloat(String(token.$value)) / 100, at).toBeCloseTo(
              Number(cssValue),
              6,
            );
          } else if (name.startsWith('typography.font-family.')) {
            // Figma has no fallbacks: the first named family of the CSS stack.
            expect(token.$type, at).toBe('fontFamilies');
            expect(cssValue, at).toContain(String(token.$value));
          } else {
            expect(token.$value, at).toBe(cssValue);
            const type = name.startsWith('color.')
              ? 'color'
              : name.startsWith('typography.font-size.')
                ? 'fontSizes'
                : name.startsWith('typography.font-weight.')
                  ? 'fontWeights'
                  : name.startsWith('metric.')
                    ? 'dimension'
                    : 'other';
            expect(token.$type, at).toBe(type);
          }
        }
        const family = flatten(set ?? {}).find((t) => t.name === 'typography.font-family.default');
        if (meta.font) expect(family?.token.$value, where).toBe(meta.font.family);
      }
    }
  });

  it('puts the values of the theme CSS above its breakpoint into <id>/desktop', async () => {
    const all = await studio(dist, 'all.json');
    for (const theme of await themeList()) {
      const themeCss = await readFile(join(dist, 'css/themes', `${theme.id}.css`), 'utf8');
      const media = new RegExp(
        `@media \\(min-width: ([^)]+)\\) \\{\\s*\\[data-sk-theme="${theme.id}"\\] \\{([^}]*)\\}`,
      ).exec(themeCss);
      expect(media, theme.id).not.toBeNull();
      const declarations = Object.fromEntries(
        [...(media?.[2] ?? '').matchAll(/(--sk-[a-z0-9-]+):\s*([^;]+);/g)].map(
          (m): [string, string] => [m[1] ?? '', m[2] ?? ''],
        ),
      );
      expect(Object.keys(declarations).length, theme.id).toBeGreaterThan(0);
      const desktop = flatten((all[`${theme.id}/desktop`] as TokenGroup | undefined) ?? {});
      expect(
        Object.fromEntries(desktop.map(({ token }) => [css(token)?.cssVariable, token.$value])),
        theme.id,
      ).toEqual(declarations);
      const options = all.$themes.filter((o) => o.selectedTokenSets[`${theme.id}/desktop`]);
      expect(options.map((o) => o.name).sort(), theme.id).toEqual(
        theme.schemes.map((s) => `${s === 'dark' ? 'Dunkel' : 'Hell'}, ab ${media?.[1]}`).sort(),
      );
    }
  });

  it("includes each city's brand palette as a source set, with the colours of its brand.json", async () => {
    const all = await studio(dist, 'all.json');
    for (const theme of await themeList()) {
      const palette = flatten((all[`${theme.id}/palette`] as TokenGroup | undefined) ?? {});
      const byName = new Map(palette.map(({ name, token }) => [name, token]));
      for (const { token } of palette) {
        expect(token.$type).toBe('color');
        expect(token.$value).toMatch(/^#[0-9a-f]{6}$/i);
        expect(css(token)).toEqual({ paletteStep: true });
      }
      const brand = await readJson<{
        brand: { color: Record<string, Record<string, { $value: string }>> };
      }>(join(packageRoot, 'themes', theme.id, 'brand.json'));
      const literal = Object.entries(brand.brand.color)
        .filter(([palette]) => palette !== 'role' && !palette.startsWith('$'))
        .flatMap(([palette, steps]) =>
          Object.entries(steps)
            .filter(([step, leaf]) => /^\d+$/.test(step) && leaf.$value.startsWith('#'))
            .map(([step, leaf]) => [`brand.color.${palette}.${step}`, leaf.$value.toLowerCase()]),
        );
      expect(literal.length, theme.id).toBeGreaterThan(10);
      for (const [name, value] of literal)
        expect(String(byName.get(name ?? '')?.$value).toLowerCase(), `${theme.id} ${name}`).toBe(
          value,
        );
      for (const option of all.$themes.filter((o) => o.group === theme.name))
        expect(option.selectedTokenSets[`${theme.id}/palette`], option.id).toBe('source');
    }
  });

  it('offers one theme group per city whose options point at existing sets, in the set order', async () => {
    const themes = await themeList();
    const check = (doc: StudioDocument, expected: ThemeEntry[], file: string) => {
      const names = Object.keys(sets(doc));
      expect(doc.$metadata.tokenSetOrder, file).toEqual(names);
      expect(new Set(doc.$metadata.tokenSetOrder).size, file).toBe(names.length);
      expect([...new Set(doc.$themes.map((o) => o.group))], file).toEqual(
        expected.map((t) => t.name),
      );
      expect(new Set(doc.$themes.map((o) => o.id)).size, file).toBe(doc.$themes.length);
      for (const theme of expected) {
        const options = doc.$themes.filter((o) => o.group === theme.name);
        for (const scheme of theme.schemes) {
          const enabled = options.map((o) =>
            Object.entries(o.selectedTokenSets)
              .filter(([, status]) => status === 'enabled')
              .map(([set]) => set),
          );
          expect(enabled, `${file} ${theme.id}`).toContainEqual([`${theme.id}/${scheme}`]);
          expect(enabled, `${file} ${theme.id}`).toContainEqual([
            `${theme.id}/${scheme}`,
            `${theme.id}/desktop`,
          ]);
        }
        for (const option of options)
          for (const set of Object.keys(option.selectedTokenSets))
            expect(names, `${file} ${option.id}`).toContain(set);
        // Later sets win in Tokens Studio: the desktop values come after the schemes'.
        for (const scheme of theme.schemes)
          expect(names.indexOf(`${theme.id}/desktop`), file).toBeGreaterThan(
            names.indexOf(`${theme.id}/${scheme}`),
          );
      }
    };
    const all = await studio(dist, 'all.json');
    check(all, themes, 'all.json');
    for (const theme of themes)
      for (const scheme of theme.schemes) {
        const file = `${theme.id}.${scheme}.json`;
        const doc = await studio(dist, file);
        check(doc, [{ ...theme, schemes: [scheme] }], file);
        for (const [name, set] of Object.entries(sets(doc)))
          expect(set, `${file} ${name}`).toEqual(all[name]);
      }
  });

  it('maps the DTCG types to the ones Tokens Studio applies, and refuses a type it cannot map', () => {
    const token = (path: string, type: string) => ({ path: path.split('.'), type, css: '' });
    expect(studioType(token('typography.font-size.large', 'dimension'))).toBe('fontSizes');
    expect(studioType(token('metric.space.large', 'dimension'))).toBe('dimension');
    expect(studioType(token('typography.font-family.default', 'fontFamily'))).toBe('fontFamilies');
    expect(studioType(token('typography.font-weight.bold', 'fontWeight'))).toBe('fontWeights');
    expect(studioType(token('typography.line-height.default', 'number'))).toBe('lineHeights');
    expect(studioType(token('motion.duration.fast', 'duration'))).toBe('other');
    expect(() => studioType(token('effect.shadow', 'shadow'))).toThrow(
      /effect\.shadow has \$type "shadow", which has no Tokens Studio mapping/,
    );
    expect(primaryFamily("'Source Sans 3', system-ui, sans-serif")).toBe('Source Sans 3');
    expect(primaryFamily('ui-monospace, SFMono-Regular, monospace')).toBe('SFMono-Regular');
    expect(primaryFamily('system-ui, sans-serif')).toBe('system-ui');
  });
});

describe('Tokens Studio export of a new theme folder', () => {
  it('exports a city added as a folder, with no code change', async () => {
    const { themesDir, dist: out } = await tempThemes();
    await copyKernTheme(themesDir, 'grau', 'Grau');
    await editJson(join(themesDir, 'grau/brand.json'), (j) => {
      j.brand.color.neutral['50'] = { $value: '#f5f5f5' };
    });
    await build({ root: packageRoot, themesDir, dist: out });
    const all = await studio(out, 'all.json');
    expect(studioProblems(all)).toEqual([]);
    expect(all.$themes.filter((o) => o.group === 'Grau').map((o) => o.id)).toEqual([
      'grau-light',
      'grau-light-desktop',
      'grau-dark',
      'grau-dark-desktop',
    ]);
    const background = flatten(all['grau/light'] as TokenGroup).find(
      (t) => t.name === 'color.layout.background.level-2',
    );
    expect(background?.token.$value).toBe('#f5f5f5');
    const palette = flatten(all['grau/palette'] as TokenGroup).find(
      (t) => t.name === 'brand.color.neutral.50',
    );
    expect(palette?.token.$value).toBe('#f5f5f5');
    const files = await readdir(join(out, 'tokens-studio'));
    expect(files).toEqual(expect.arrayContaining(['grau.light.json', 'grau.dark.json']));
  });
});
