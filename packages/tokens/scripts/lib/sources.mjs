// Finds the theme folders, validates each theme.json against schemas/theme.schema.json and lists the
// ordered DTCG source files of one theme × scheme for Style Dictionary.
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  RESERVED_THEME_IDS,
  THEME_ID_RE,
  sourcePaths,
  validateThemeFile,
} from '@stadtkern/tokens/engine';

export class TokenSourceError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(`Token sources are invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TokenSourceError';
    this.problems = problems;
  }
}

/**
 * @typedef {{ id: string, name: string, description: string, brand?: { primary: string },
 *   font?: { family: string, package: string } }} ThemeMeta
 * @typedef {{ id: string, dir: string, meta: ThemeMeta, fontsCss?: string }} Theme
 */

/** @param {string} themesDir @returns {Promise<Theme[]>} */
export async function discoverThemes(themesDir) {
  const entries = await readdir(themesDir, { withFileTypes: true });
  const ids = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const themes = [];
  const problems = [];
  for (const id of ids) {
    const dir = join(themesDir, id);
    const metaFile = join(dir, 'theme.json');
    if (!existsSync(metaFile)) {
      problems.push(
        `themes/${id}/theme.json is missing (every theme folder needs an id and a display name)`,
      );
      continue;
    }
    if (!existsSync(join(dir, 'brand.json')))
      problems.push(
        `themes/${id}/brand.json is missing (every theme folder needs its brand tokens)`,
      );
    if (!THEME_ID_RE.test(id))
      problems.push(`themes/${id}: folder name must be lower-case kebab-case`);
    if (RESERVED_THEME_IDS.includes(id))
      problems.push(`themes/${id}: "${id}" is reserved for generated files; choose another id`);
    let meta;
    try {
      meta = JSON.parse(await readFile(metaFile, 'utf8'));
    } catch (error) {
      problems.push(
        `themes/${id}/theme.json: not valid JSON (${error instanceof Error ? error.message : error})`,
      );
      continue;
    }
    const invalid = validateThemeFile('theme.json', meta, `themes/${id}/theme.json`);
    problems.push(...invalid);
    if (invalid.length === 0 && meta.id !== id)
      problems.push(
        `themes/${id}/theme.json: /id: must be "${id}" (the folder name), got ${JSON.stringify(meta.id)}`,
      );
    themes.push({ id, dir, meta });
  }
  if (problems.length > 0) throw new TokenSourceError(problems);
  if (themes.length === 0) throw new TokenSourceError([`no theme folders found in ${themesDir}`]);
  return themes;
}

/**
 * The ordered source files for one theme and scheme that exist; later files override earlier ones.
 * @param {string} root package root @param {string} themeDir @param {'light'|'dark'} scheme
 */
export function sourceFiles(root, themeDir, scheme) {
  return sourcePaths(root, themeDir, scheme).filter((f) => existsSync(f));
}
