// The token pipeline on Style Dictionary 5: reading, merging and resolving the DTCG sources of one
// theme × scheme, with Stadtkern's checks as Style Dictionary hooks (a parser validates theme files
// against their JSON Schemas, a preprocessor names the file of every broken reference) and the outputs
// written by the formats in formats.mjs. No Node.js built-ins: Storybook's theme workshop runs it in the browser on
// Style Dictionary's in-memory file system.
import { basename, relative } from 'path-unified';
import StyleDictionary from 'style-dictionary';
import { convertTokenData } from 'style-dictionary/utils';
import { PALETTE_STEP_RE, isHexColor } from './color.mjs';
import { validateThemeFile } from './schemas.mjs';

const DIMENSION_RE = /^-?\d+(?:\.\d+)?(?:px|rem|em)$|^0$/;
const DURATION_RE = /^\d+(?:\.\d+)?(?:ms|s)$/;

/** Checks a resolved value against its `$type`; returns a problem text or undefined. */
export function typeProblem(/** @type {unknown} */ type, /** @type {unknown} */ value) {
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
      return `unsupported $type "${String(type)}" (use color, dimension, fontFamily, fontWeight, number or duration)`;
  }
}

/** Token paths (a.b.c) defined in one parsed DTCG file. */
const pathsOf = (/** @type {any} */ json) =>
  convertTokenData(json, { output: 'array', usesDtcg: true }).map((t) =>
    String(t.key).slice(1, -1),
  );

/**
 * Where a source file is shown in messages: themes/<id>/<file> for the theme's own files, otherwise relative to the
 * package root (src/semantic/light.json).
 */
function shownPath(
  /** @type {unknown} */ file,
  /** @type {{ id: string, dir: string }} */ theme,
  /** @type {string} */ root,
) {
  return String(file).startsWith(theme.dir)
    ? `themes/${theme.id}/${basename(String(file))}`
    : relative(root, String(file));
}

/** The references `{a.b.c}` in a token value (a string, or a list or object holding strings). */
const referencesIn = (/** @type {unknown} */ value) =>
  [...JSON.stringify(value ?? null).matchAll(/\{([^{}"]+)\}/g)].map(
    (m) => /** @type {string} */ (m[1]),
  );

/**
 * The first unknown or circular reference that resolving `value` reaches, in our wording, or undefined. Walks the
 * references itself (Style Dictionary reports them only as message text): `chain` holds the references followed so far.
 * @param {unknown} value @param {Map<string, unknown>} valueOf token value by path @param {string[]} [chain]
 * @returns {string | undefined}
 */
function referenceProblem(value, valueOf, chain = []) {
  for (const ref of referencesIn(value)) {
    if (!valueOf.has(ref)) return `unknown reference {${ref}}`;
    const at = chain.indexOf(ref);
    if (at >= 0) return `circular reference ${[...chain.slice(at), ref].join(' → ')}`;
    const deeper = referenceProblem(valueOf.get(ref), valueOf, [...chain, ref]);
    if (deeper) return deeper;
  }
  return undefined;
}

/**
 * Style Dictionary for one theme × scheme.
 * @param {{ root: string, theme: { id: string, dir: string }, scheme: 'light' | 'dark',
 *   files: string[], problems: string[], platforms?: Record<string, any>,
 *   formats?: Record<string, any> }} input
 */
export function themeDictionary({
  root,
  theme,
  scheme,
  files,
  problems,
  platforms = {},
  formats = {},
}) {
  const shown = (/** @type {unknown} */ file) => shownPath(file, theme, root);
  /** Paths defined by the shared sources and brand.json, which overrides may change. */
  const overridable = new Set();
  const overrideFiles = new Set();
  let unreadable = false;

  const parser = {
    pattern: /\.json$/,
    parser: ({ contents, filePath }) => {
      const file = shown(filePath);
      let json;
      try {
        json = JSON.parse(contents);
      } catch (error) {
        problems.push(
          `${file}: not valid JSON (${error instanceof Error ? error.message : error})`,
        );
        unreadable = true;
        return {};
      }
      const name = basename(filePath);
      if (filePath.startsWith(theme.dir) && name === 'brand.json') {
        const invalid = validateThemeFile('brand.json', json, file);
        problems.push(...invalid);
        if (invalid.length > 0) {
          unreadable = true;
          return {};
        }
      }
      // `$schema` points editors at the JSON Schema; it is not a token.
      const tokens = Object.fromEntries(Object.entries(json).filter(([key]) => key !== '$schema'));
      if (name.startsWith('overrides')) {
        overrideFiles.add(filePath);
        for (const path of pathsOf(tokens))
          if (path.startsWith('brand.'))
            problems.push(
              `${file}: ${path}: overrides may only change semantic tokens; put brand tokens in brand.json`,
            );
      } else for (const path of pathsOf(tokens)) overridable.add(path);
      return tokens;
    },
  };

  /** Names the file and token path of every unknown or circular reference and unknown override. */
  const checkSources = (/** @type {any} */ tokens) => {
    // A file that could not be read already has its message; its missing tokens would only repeat it.
    if (unreadable) return tokens;
    const all = convertTokenData(tokens, { output: 'array', usesDtcg: true });
    const valueOf = new Map(all.map((t) => [String(t.key).slice(1, -1), t.$value]));
    for (const token of all) {
      const path = String(token.key).slice(1, -1);
      const where = `${shown(String(token.filePath))}: ${path} (theme "${theme.id}", ${scheme})`;
      if (overrideFiles.has(token.filePath) && !overridable.has(path))
        problems.push(
          `${shown(String(token.filePath))}: ${path}: overrides an unknown semantic token`,
        );
      const problem = referenceProblem(token.$value, valueOf);
      if (problem) problems.push(`${where}: ${problem}`);
    }
    return tokens;
  };

  return new StyleDictionary({
    usesDtcg: true,
    // `include` has the lower priority; the theme's own files come last in `source`.
    include: files.slice(0, 1),
    source: files.slice(1),
    parsers: ['stadtkern/json'],
    preprocessors: ['stadtkern/check-sources'],
    hooks: {
      parsers: { 'stadtkern/json': parser },
      preprocessors: { 'stadtkern/check-sources': checkSources },
      formats,
    },
    log: { verbosity: 'silent', warnings: 'disabled', errors: { brokenReferences: 'throw' } },
    platforms: {
      // Resolved values without transforms: type checks and the contrast gate.
      resolved: { transforms: [] },
      css: { transformGroup: 'css', prefix: 'sk', transforms: undefined },
      ...platforms,
    },
  });
}

const SINGLE_REF_RE = /^\{([^{}]+)\}$/;

/**
 * @typedef {{ values: Map<string, unknown>, origins: Map<string, { token: string, file: string }> }} Resolved
 *   values: resolved value by token path; origins: the brand palette step (and its file) each token comes from
 */

/**
 * Resolves one theme × scheme and checks every value against its `$type`.
 * @returns {Promise<Resolved | undefined>} undefined when there were problems
 */
export async function resolveScheme(
  /** @type {StyleDictionary} */ sd,
  { theme, scheme, root, problems },
) {
  const before = problems.length;
  await sd.hasInitialized;
  if (problems.length > before) return undefined;
  const { allTokens } = await sd.getPlatformTokens('resolved');
  const shown = (/** @type {unknown} */ file) => shownPath(file, theme, root);
  /** @type {Map<string, unknown>} */
  const values = new Map();
  const byPath = new Map(allTokens.map((t) => [t.path.join('.'), t]));
  for (const token of allTokens) {
    const path = token.path.join('.');
    const problem = typeProblem(token.$type, token.$value);
    if (problem)
      problems.push(
        `${shown(token.filePath)}: ${path} (theme "${theme.id}", ${scheme}): wrong value for $type ${token.$type ?? '(none)'}: ${problem}`,
      );
    values.set(path, token.$value);
  }
  /** @type {Resolved['origins']} */
  const origins = new Map();
  for (const path of byPath.keys()) {
    let current = path;
    for (let hops = 0; hops < byPath.size && !PALETTE_STEP_RE.test(current); hops++) {
      const ref = SINGLE_REF_RE.exec(String(byPath.get(current)?.original?.$value ?? ''))?.[1];
      if (!ref || !byPath.has(ref)) break;
      current = ref;
    }
    if (current !== path && PALETTE_STEP_RE.test(current))
      origins.set(path, { token: current, file: shown(byPath.get(current)?.filePath) });
  }
  return problems.length > before ? undefined : { values, origins };
}

/**
 * @typedef {{ name: string, cssName: string, path: string[], value: string,
 *   aboveBreakpoint?: string, colour: boolean, type: string }} OutputToken
 */

/** The public (semantic) tokens of a css-platform dictionary, sorted by CSS name. @returns {OutputToken[]} */
export function outputTokens(
  /** @type {import('style-dictionary/types').TransformedToken[]} */ allTokens,
) {
  return allTokens
    .filter((t) => t.path[0] !== 'brand')
    .map((t) => {
      const ext = t.$extensions?.['de.stadtkern'];
      return {
        name: t.path.join('.'),
        cssName: `--${t.name}`,
        path: t.path,
        value: String(t.$value),
        ...(ext?.aboveBreakpoint ? { aboveBreakpoint: String(ext.aboveBreakpoint) } : {}),
        colour: t.$type === 'color',
        type: String(t.$type),
      };
    })
    .sort((a, b) => a.cssName.localeCompare(b.cssName));
}
