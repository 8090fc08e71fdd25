#!/usr/bin/env node
// Builds @stadtkern/tokens: discovers theme folders, checks sources and WCAG contrast,
// then writes CSS, fonts, TypeScript and JSON to dist/. Any problem fails the build.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContrast } from './lib/contrast-gate.mjs';
import { LAYER_ORDER, themeCss, writeFonts, writeScriptOutputs } from './lib/outputs.mjs';
import { SCHEMES, TokenSourceError, discoverThemes, loadTheme } from './lib/sources.mjs';
import { buildWithStyleDictionary } from './lib/style-dictionary.mjs';

export const DEFAULT_THEME = 'kern';

/** @param {{ root: string, themesDir?: string, dist?: string }} options */
export async function build({ root, themesDir = join(root, 'themes'), dist = join(root, 'dist') }) {
  const themes = await discoverThemes(themesDir);
  const problems = [];
  /** @type {Map<string, { light: any[], dark: any[] }>} */
  const built = new Map();
  const contrast = {};
  for (const theme of themes) {
    const perScheme = {};
    for (const scheme of SCHEMES) {
      let loaded;
      try {
        loaded = await loadTheme(root, theme, scheme);
      } catch (error) {
        if (error instanceof TokenSourceError) {
          problems.push(...error.problems);
          continue;
        }
        throw error;
      }
      const { failures, results } = checkContrast({
        theme: theme.id,
        scheme,
        values: loaded.resolved,
      });
      problems.push(...failures);
      contrast[`${theme.id}/${scheme}`] = results.map((r) => ({
        foreground: r.fg,
        background: r.bg,
        foregroundValue: r.fgValue,
        backgroundValue: r.bgValue,
        ratio: Math.round(r.ratio * 100) / 100,
        required: r.min,
      }));
      perScheme[scheme] = await buildWithStyleDictionary(loaded.files);
    }
    if (perScheme.light && perScheme.dark) built.set(theme.id, perScheme);
  }
  if (problems.length > 0) throw new TokenSourceError([...new Set(problems)]);

  const names = (id) =>
    built
      .get(id)
      .light.map((t) => t.cssName)
      .join('\n');
  for (const theme of themes) {
    if (names(theme.id) !== names(themes[0].id))
      throw new TokenSourceError([
        `themes/${theme.id}: defines a different set of public tokens than themes/${themes[0].id}`,
      ]);
  }

  await rm(dist, { recursive: true, force: true });
  await mkdir(join(dist, 'css/themes'), { recursive: true });
  const all = [];
  for (const theme of themes) {
    const { light, dark } = built.get(theme.id);
    const css = themeCss({ id: theme.id, light, dark, scopes: [`[data-sk-theme="${theme.id}"]`] });
    await writeFile(join(dist, 'css/themes', `${theme.id}.css`), css);
    all.push(css);
    theme.fontsCss = await writeFonts({ root, dist, theme });
    if (theme.id === DEFAULT_THEME) {
      await writeFile(
        join(dist, 'css/default.css'),
        themeCss({ id: theme.id, light, dark, scopes: [':root', `[data-sk-theme="${theme.id}"]`] }),
      );
    }
  }
  if (!built.has(DEFAULT_THEME))
    throw new TokenSourceError([`themes/${DEFAULT_THEME} (the default theme) is missing`]);
  await writeFile(
    join(dist, 'css/all.css'),
    `${LAYER_ORDER}\n${all.map((c) => c.replace(`${LAYER_ORDER}\n`, '')).join('\n')}`,
  );
  const fontFiles = themes.filter((t) => t.fontsCss).map((t) => `@import url('./${t.id}.css');`);
  await writeFile(
    join(dist, 'css/fonts/all.css'),
    `/* Self-hosted fonts of every theme. */\n${fontFiles.join('\n')}\n`,
  );
  await writeScriptOutputs({ dist, themes, built });
  await writeFile(join(dist, 'json/contrast.json'), `${JSON.stringify(contrast, null, 2)}\n`);
  return { themes: themes.map((t) => t.id) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  try {
    const { themes } = await build({ root });
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
