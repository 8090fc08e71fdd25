#!/usr/bin/env node
// Builds @stadtkern/tokens with Style Dictionary: discovers theme folders, validates them against their
// JSON Schemas, resolves every theme × scheme, runs the WCAG contrast gate on the resolved tokens, then
// writes CSS, fonts, TypeScript, JSON and the Tokens Studio export through the engine's formats
// (@stadtkern/tokens/engine, engine/formats.mjs).
// Any problem fails the build.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DEFAULT_THEME,
  SCHEMES,
  checkContrast,
  contrastProblems,
  createFormats,
  outputTokens,
  paletteSteps,
  resolveScheme,
  themeDictionary,
} from '@stadtkern/tokens/engine';
import { writeFonts } from './lib/fonts.mjs';
import { TokenSourceError, discoverThemes, sourceFiles } from './lib/sources.mjs';

/** The files Style Dictionary writes for one theme (from its light dictionary). */
function themeFiles(/** @type {import('./lib/sources.mjs').Theme} */ theme) {
  const options = { themeId: theme.id, themeName: theme.meta.name };
  return [
    {
      destination: `css/themes/${theme.id}.css`,
      format: 'stadtkern/css/theme',
      options: { ...options, scopes: [`[data-sk-theme="${theme.id}"]`] },
    },
    ...(theme.id === DEFAULT_THEME
      ? [
          {
            destination: 'css/default.css',
            format: 'stadtkern/css/theme',
            options: { ...options, scopes: [':root', `[data-sk-theme="${theme.id}"]`] },
          },
        ]
      : []),
    { destination: `themes/${theme.id}.js`, format: 'stadtkern/js/theme', options },
    { destination: `themes/${theme.id}.cjs`, format: 'stadtkern/cjs/theme', options },
    {
      destination: `themes/${theme.id}.d.ts`,
      format: 'stadtkern/dts/theme',
      options: { ...options, indexExtension: 'js' },
    },
    {
      destination: `themes/${theme.id}.d.cts`,
      format: 'stadtkern/dts/theme',
      options: { ...options, indexExtension: 'cjs' },
    },
    { destination: `json/${theme.id}.json`, format: 'stadtkern/json/theme', options },
    ...SCHEMES.map((scheme) => ({
      destination: `tokens-studio/${theme.id}.${scheme}.json`,
      format: 'stadtkern/tokens-studio/theme',
      options: { ...options, scheme },
    })),
  ];
}

/** theme.json's `brand.primary` is the exact brand colour: it must be a step of brand.color.primary. */
function brandColourProblems(
  /** @type {import('./lib/sources.mjs').Theme} */ theme,
  /** @type {Map<string, unknown>} */ values,
) {
  const primary = theme.meta.brand?.primary?.toLowerCase();
  if (!primary) return [];
  const steps = [...values].filter(
    ([path, value]) =>
      /^brand\.color\.primary\.\d+$/.test(path) && String(value).toLowerCase() === primary,
  );
  return steps.length > 0
    ? []
    : [
        `themes/${theme.id}/theme.json: /brand/primary: ${primary} is not a step of brand.color.primary in themes/${theme.id}/brand.json (run the theme command with --force --primary ${primary} to place it)`,
      ];
}

/** Package-wide files, formatted from the first theme's light dictionary (its token names). */
const PACKAGE_FILES = [
  { destination: 'index.js', format: 'stadtkern/js/index' },
  { destination: 'index.cjs', format: 'stadtkern/cjs/index' },
  { destination: 'index.d.ts', format: 'stadtkern/dts/index' },
  { destination: 'index.d.cts', format: 'stadtkern/dts/index' },
  { destination: 'themes.json', format: 'stadtkern/json/themes' },
  { destination: 'css/all.css', format: 'stadtkern/css/all' },
  { destination: 'json/all.json', format: 'stadtkern/json/all' },
  { destination: 'json/contrast.json', format: 'stadtkern/json/contrast' },
  { destination: 'tokens-studio/all.json', format: 'stadtkern/tokens-studio/all' },
];

/** @param {{ root: string, themesDir?: string, dist?: string }} options */
export async function build({ root, themesDir = join(root, 'themes'), dist = join(root, 'dist') }) {
  const themes = await discoverThemes(themesDir);
  if (!themes.some((t) => t.id === DEFAULT_THEME))
    throw new TokenSourceError([`themes/${DEFAULT_THEME} (the default theme) is missing`]);
  /** @type {string[]} */
  const problems = [];
  /** @type {import('@stadtkern/tokens/engine').BuildContext} */
  const context = {
    themes,
    light: new Map(),
    dark: new Map(),
    contrast: {},
    descriptions: new Map(),
    palettes: new Map(),
  };
  const formats = createFormats(context);
  const buildPath = `${dist}/`;
  /** @type {Map<string, import('style-dictionary').default>} */
  const writers = new Map();

  for (const [index, theme] of themes.entries()) {
    for (const scheme of SCHEMES) {
      const sd = themeDictionary({
        root,
        theme,
        scheme,
        files: sourceFiles(root, theme.dir, scheme),
        problems,
        formats,
        platforms:
          scheme === 'light'
            ? {
                theme: { transformGroup: 'css', prefix: 'sk', buildPath, files: themeFiles(theme) },
                ...(index === 0
                  ? {
                      package: {
                        transformGroup: 'css',
                        prefix: 'sk',
                        buildPath,
                        files: PACKAGE_FILES,
                      },
                    }
                  : {}),
              }
            : {},
      });
      const resolved = await resolveScheme(sd, { theme, scheme, root, problems });
      if (!resolved) continue;
      problems.push(...brandColourProblems(theme, resolved.values));
      const check = checkContrast({ theme: theme.id, scheme, ...resolved });
      problems.push(...contrastProblems(check));
      context.contrast[`${theme.id}/${scheme}`] = check.results.map((r) => ({
        foreground: r.fg,
        background: r.bg,
        foregroundValue: r.fgValue,
        backgroundValue: r.bgValue,
        ratio: Math.round(r.ratio * 100) / 100,
        required: r.min,
      }));
      const { allTokens } = await sd.getPlatformTokens('css');
      context[scheme].set(theme.id, outputTokens(allTokens));
      context.descriptions.set(
        `${theme.id}/${scheme}`,
        new Map(
          allTokens
            .filter((t) => t.$description)
            .map((t) => [t.path.join('.'), String(t.$description)]),
        ),
      );
      if (scheme === 'light') {
        context.palettes.set(theme.id, paletteSteps(resolved.values));
        writers.set(theme.id, sd);
      }
    }
  }
  if (problems.length > 0) throw new TokenSourceError([...new Set(problems)]);

  const names = (/** @type {string} */ id) =>
    /** @type {import('@stadtkern/tokens/engine').OutputToken[]} */ (context.light.get(id))
      .map((t) => t.cssName)
      .join('\n');
  for (const theme of themes) {
    if (names(theme.id) !== names(themes[0].id))
      throw new TokenSourceError([
        `themes/${theme.id}: defines a different set of public tokens than themes/${themes[0].id}`,
      ]);
  }

  await rm(dist, { recursive: true, force: true });
  await mkdir(join(dist, 'css/themes'), { recursive: true });
  for (const theme of themes) theme.fontsCss = await writeFonts({ root, dist, theme });
  for (const theme of themes) await writers.get(theme.id)?.buildPlatform('theme');
  await writers.get(themes[0].id)?.buildPlatform('package');
  const fontFiles = themes.filter((t) => t.fontsCss).map((t) => `@import url('./${t.id}.css');`);
  await writeFile(
    join(dist, 'css/fonts/all.css'),
    `/* Self-hosted fonts of every theme. */\n${fontFiles.join('\n')}\n`,
  );
  return { themes: themes.map((t) => t.id) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  // For tests on a copy: where the theme folders are and where the outputs go.
  const { values } = parseArgs({
    options: { 'themes-dir': { type: 'string' }, dist: { type: 'string' } },
  });
  try {
    const { themes } = await build({ root, themesDir: values['themes-dir'], dist: values.dist });
    console.log(
      `@stadtkern/tokens: built ${themes.length} themes × 2 schemes (${themes.join(', ')}), contrast gate passed.`,
    );
  } catch (error) {
    console.error(
      `@stadtkern/tokens build failed.\n${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}
