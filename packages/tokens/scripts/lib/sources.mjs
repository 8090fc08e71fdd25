// Loads DTCG token sources for one theme and scheme, and checks them before Style Dictionary runs,
// so that every source error names the file and the token path.
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isHexColor } from './color.mjs';
import { THEME_ID_RE } from './theme-files.mjs';

export const SCHEMES = /** @type {const} */ (['light', 'dark']);
export const PALETTE_STEPS = [
  '50',
  '100',
  '200',
  '300',
  '400',
  '500',
  '600',
  '700',
  '800',
  '900',
  '950',
];

/** Brand tokens every theme folder must define (the rest has shared defaults). */
export const REQUIRED_BRAND_TOKENS = [
  ...PALETTE_STEPS.map((s) => `brand.color.primary.${s}`),
  'brand.color.neutral.0',
  ...PALETTE_STEPS.map((s) => `brand.color.neutral.${s}`),
  'brand.font.family',
  'brand.radius.default',
];

/** Names the build uses for its own output files. */
const RESERVED_IDS = ['all', 'default'];

export class TokenSourceError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(`Token sources are invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TokenSourceError';
    this.problems = problems;
  }
}

/**
 * @typedef {{ path: string, value: unknown, type: string | undefined, file: string,
 *   extensions?: Record<string, unknown>, description?: string }} FlatToken
 */

/** @param {string} file */
async function readJson(file, root) {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TokenSourceError([`${relative(root, file)}: not valid JSON (${error.message})`]);
  }
}

/**
 * Flattens a DTCG tree into tokens, inheriting `$type` from groups.
 * @param {unknown} tree @param {string} file @param {Map<string, FlatToken>} into
 */
export function flatten(tree, file, into, prefix = [], inheritedType = undefined, problems = []) {
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) {
    problems.push(
      `${file}: ${prefix.join('.') || '(root)'} must be an object (a token or a group)`,
    );
    return problems;
  }
  const node = /** @type {Record<string, unknown>} */ (tree);
  const type = typeof node.$type === 'string' ? node.$type : inheritedType;
  if ('$value' in node) {
    const path = prefix.join('.');
    into.set(path, {
      path,
      value: node.$value,
      type,
      file,
      extensions: /** @type {any} */ (node.$extensions),
      description: typeof node.$description === 'string' ? node.$description : undefined,
    });
    return problems;
  }
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith('$')) continue;
    if (key.includes('.') || key.includes('{') || key.includes('}')) {
      problems.push(
        `${file}: ${[...prefix, key].join('.')}: names must not contain ".", "{" or "}"`,
      );
      continue;
    }
    flatten(child, file, into, [...prefix, key], type, problems);
  }
  return problems;
}

const REF_RE = /\{([^{}]+)\}/g;
const DIMENSION_RE = /^-?\d+(?:\.\d+)?(?:px|rem|em)$|^0$/;
const DURATION_RE = /^\d+(?:\.\d+)?(?:ms|s)$/;

/** @param {unknown} value */
function references(value) {
  if (typeof value === 'string')
    return [...value.matchAll(REF_RE)].map((m) => /** @type {string} */ (m[1]));
  if (Array.isArray(value)) return value.flatMap(references);
  return [];
}

/** Checks a resolved value against its `$type`; returns a problem text or undefined. */
function typeProblem(type, value) {
  switch (type) {
    case 'color':
      return isHexColor(value)
        ? undefined
        : `expected a hex colour (#rrggbb), got ${JSON.stringify(value)}`;
    case 'dimension':
      return typeof value === 'string' && DIMENSION_RE.test(value)
        ? undefined
        : `expected a dimension like "16px" or "1rem", got ${JSON.stringify(value)}`;
    case 'fontFamily':
      return typeof value === 'string' ||
        (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string'))
        ? undefined
        : `expected a font family name or a list of names, got ${JSON.stringify(value)}`;
    case 'fontWeight':
      return typeof value === 'number' && value >= 1 && value <= 1000
        ? undefined
        : `expected a font weight between 1 and 1000, got ${JSON.stringify(value)}`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? undefined
        : `expected a number, got ${JSON.stringify(value)}`;
    case 'duration':
      return typeof value === 'string' && DURATION_RE.test(value)
        ? undefined
        : `expected a duration like "200ms", got ${JSON.stringify(value)}`;
    case undefined:
      return 'has no $type (set it on the token or a parent group)';
    default:
      return `unsupported $type "${type}" (use color, dimension, fontFamily, fontWeight, number or duration)`;
  }
}

/**
 * Resolves every token's references, reporting unknown and circular ones.
 * @param {Map<string, FlatToken>} tokens @param {(t: FlatToken) => string} where
 * @returns {{ resolved: Map<string, unknown>, problems: string[] }}
 */
export function resolveAll(tokens, where) {
  /** @type {Map<string, unknown>} */
  const resolved = new Map();
  const problems = [];
  const visiting = new Set();
  const failed = new Set();

  /** @returns {unknown} */
  const resolve = (path, chain) => {
    if (resolved.has(path)) return resolved.get(path);
    if (failed.has(path)) return undefined;
    const token = /** @type {FlatToken} */ (tokens.get(path));
    if (visiting.has(path)) {
      problems.push(`${where(token)}: circular reference ${[...chain, path].join(' → ')}`);
      failed.add(path);
      return undefined;
    }
    visiting.add(path);
    let value = token.value;
    const refs = references(value);
    let ok = true;
    for (const ref of refs) {
      if (!tokens.has(ref)) {
        problems.push(`${where(token)}: unknown reference {${ref}}`);
        ok = false;
        continue;
      }
      const inner = resolve(ref, [...chain, path]);
      if (inner === undefined) {
        ok = false;
        continue;
      }
      if (typeof value === 'string' && value === `{${ref}}`) value = inner;
      else if (typeof value === 'string') value = value.replace(`{${ref}}`, String(inner));
    }
    visiting.delete(path);
    if (!ok) {
      failed.add(path);
      return undefined;
    }
    resolved.set(path, value);
    return value;
  };

  for (const path of tokens.keys()) resolve(path, []);
  return { resolved, problems };
}

/** @param {string} themesDir */
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
    if (!THEME_ID_RE.test(id))
      problems.push(`themes/${id}: folder name must be lower-case kebab-case`);
    if (RESERVED_IDS.includes(id))
      problems.push(`themes/${id}: "${id}" is reserved for generated files; choose another id`);
    const meta = await readJson(metaFile, themesDir);
    if (meta.id !== id)
      problems.push(
        `themes/${id}/theme.json: "id" must be "${id}" (the folder name), got ${JSON.stringify(meta.id)}`,
      );
    if (typeof meta.name !== 'string' || meta.name.trim() === '')
      problems.push(`themes/${id}/theme.json: "name" (the display name) is required`);
    themes.push({ id, dir, meta });
  }
  if (problems.length > 0) throw new TokenSourceError(problems);
  if (themes.length === 0) throw new TokenSourceError([`no theme folders found in ${themesDir}`]);
  return themes;
}

/**
 * The ordered source files for one theme and scheme; later files override earlier ones.
 * @param {string} root package root @param {string} themeDir @param {'light'|'dark'} scheme
 */
export function sourceFiles(root, themeDir, scheme) {
  const files = [
    join(root, 'src/brand-defaults.json'),
    join(themeDir, 'brand.json'),
    join(root, 'src/semantic/base.json'),
    join(root, `src/semantic/${scheme}.json`),
    join(themeDir, 'overrides.json'),
    join(themeDir, `overrides.${scheme}.json`),
  ];
  return files.filter((f) => existsSync(f));
}

/**
 * Loads, merges and checks one theme × scheme. Throws TokenSourceError with every problem found.
 * @returns {Promise<{ tokens: Map<string, FlatToken>, resolved: Map<string, unknown> }>}
 */
export async function loadTheme(root, theme, scheme) {
  const files = sourceFiles(root, theme.dir, scheme);
  /** @type {Map<string, FlatToken>} */
  const tokens = new Map();
  const problems = [];
  for (const file of files) {
    const rel = relative(root, file);
    const json = await readJson(file, root);
    const own = new Map();
    flatten(json, rel, own, [], undefined, problems);
    const isThemeFile = file.startsWith(theme.dir);
    for (const [path, token] of own) {
      if (isThemeFile && rel.endsWith('brand.json') && !path.startsWith('brand.'))
        problems.push(
          `${rel}: ${path}: brand.json may only define brand.* tokens; semantic changes go in overrides.json`,
        );
      if (isThemeFile && rel.includes('overrides') && path.startsWith('brand.'))
        problems.push(
          `${rel}: ${path}: overrides may only change semantic tokens; put brand tokens in brand.json`,
        );
      if (
        isThemeFile &&
        rel.includes('overrides') &&
        !tokens.has(path) &&
        !path.startsWith('brand.')
      )
        problems.push(`${rel}: ${path}: overrides an unknown semantic token`);
      const previous = tokens.get(path);
      tokens.set(
        path,
        previous && token.type === undefined ? { ...token, type: previous.type } : token,
      );
    }
  }
  for (const required of REQUIRED_BRAND_TOKENS) {
    const token = tokens.get(required);
    if (!token || !token.file.startsWith(relative(root, theme.dir)))
      problems.push(
        `${relative(root, join(theme.dir, 'brand.json'))}: missing required brand token ${required}`,
      );
  }
  const where = (t) => `${t.file}: ${t.path} (theme "${theme.id}", ${scheme})`;
  const { resolved, problems: refProblems } = resolveAll(tokens, where);
  problems.push(...refProblems);
  for (const [path, value] of resolved) {
    const token = /** @type {FlatToken} */ (tokens.get(path));
    const problem = typeProblem(token.type, value);
    if (problem)
      problems.push(`${where(token)}: wrong value for $type ${token.type ?? '(none)'}: ${problem}`);
  }
  if (problems.length > 0) throw new TokenSourceError([...new Set(problems)]);
  return { tokens, resolved, files };
}
