// The heart of the theme command, shared with Storybook's theme workshop („Theme-Werkstatt“): from a few brand
// decisions to a theme folder's theme.json + brand.json, with the brand colour kept as the fill of primary buttons
// wherever white text on it passes, and links on the nearest step that passes on every surface. The gate is the
// build's own pipeline (Style Dictionary + contrast-gate.mjs) on whatever file system Style Dictionary uses: Node's
// in the theme command, its in-memory one in the browser.
// No Node.js built-ins here.
import { join } from 'path-unified';
import {
  PALETTE_STEPS,
  contrastRatio,
  hexToOklch,
  isHexColor,
  nearestStep,
  paletteFromSeed,
  stepsByDistance,
} from './color.mjs';
import { checkContrast, contrastProblems } from './contrast-gate.mjs';
import { FONTS, LANDS, RESERVED_THEME_IDS, SCHEMES, THEME_ID_RE } from './facts.mjs';
import { schemaRef } from './schemas.mjs';
import { outputTokens, resolveScheme, themeDictionary } from './style-dictionary.mjs';

/** Bad input: the CLI prints the message as one line and exits with code 2. */
export class ThemeCommandError extends Error {
  name = 'ThemeCommandError';
}

const RADIUS_RE = /^(0|\d+(\.\d+)?(px|rem))$/;
/** Chroma of the neutral palette: grey with a trace of the brand's (or the chosen tint's) hue. */
const NEUTRAL_CHROMA = 0.012;
/** The most chroma a neutral tint may bring: above it the "greys" stop reading as grey. */
const MAX_TINT_CHROMA = 0.03;

/**
 * @typedef {{ id: string, name?: string, primary?: string, neutral?: string, font?: string, radius?: string,
 *   land?: string, descriptionDe?: string, descriptionEn?: string, owner?: string, force?: boolean,
 *   keepBrandAction?: boolean }} ThemeInput
 *   neutral: a tint whose hue the neutral palette takes (default: the brand colour's); land: one of LANDS;
 *   keepBrandAction: keep the brand colour as the action colour even when it fails the gate (the workshop
 *   shows what fails; the theme command never sets it)
 * @typedef {{ problems: string[],
 *   values: Partial<Record<'light' | 'dark', Map<string, unknown>>>,
 *   results: Partial<Record<'light' | 'dark', import('./contrast-gate.mjs').PairResult[]>>,
 *   tokens: Partial<Record<'light' | 'dark', import('./style-dictionary.mjs').OutputToken[]>> }} GateResult
 */

const stepToken = (/** @type {string} */ step) => `{brand.color.primary.${step}}`;
const next = (/** @type {string} */ step, /** @type {number} */ by) =>
  PALETTE_STEPS[Math.min(PALETTE_STEPS.indexOf(step) + by, PALETTE_STEPS.length - 1)];
const deRatio = (/** @type {number} */ n) => n.toFixed(n >= 10 ? 1 : 2).replace('.', ',');
const enRatio = (/** @type {number} */ n) => n.toFixed(n >= 10 ? 1 : 2);

/**
 * The role tokens: the fill of primary buttons at `fill` (hover and active one and two steps darker) and
 * links and brand-coloured text on every surface at `text` (hover one step darker).
 */
const roles = (/** @type {string} */ fill, /** @type {string} */ text = fill) => ({
  $description:
    'Which primary step serves which role (docs/theming.md). action: the fill of primary buttons, the brand colour wherever white text on it passes; text: links and brand-coloured text, the nearest step that passes on every surface.',
  action: { $value: stepToken(fill) },
  'action-hover': { $value: stepToken(next(fill, 1)) },
  'action-active': { $value: stepToken(next(fill, 2)) },
  text: { $value: stepToken(text) },
  'text-hover': { $value: stepToken(next(text, 1)) },
});

/**
 * A colour the theme command takes (brand colour, neutral tint): an opaque hex colour #rrggbb.
 * @param {unknown} value @returns {value is string}
 */
export function isThemeColour(value) {
  return isHexColor(value) && value.length === 7;
}

/** Checks the brand decisions; throws a ThemeCommandError naming the bad value. */
export function validateThemeInput(/** @type {ThemeInput} */ input, /** @type {boolean} */ exists) {
  const { id } = input;
  if (!THEME_ID_RE.test(id))
    throw new ThemeCommandError(
      `Theme id "${id}" must be lower-case kebab-case, e.g. "koeln" or "bad-homburg" (pattern ${THEME_ID_RE.source}).`,
    );
  if (RESERVED_THEME_IDS.includes(id))
    throw new ThemeCommandError(
      `Theme id "${id}" is reserved for generated files; choose another id.`,
    );
  if (!exists && (!input.name || !input.primary))
    throw new ThemeCommandError('A new theme needs --name and --primary (the brand colour).');
  for (const [option, value] of [
    ['Brand colour', input.primary],
    ['Neutral tint', input.neutral],
  ])
    if (value !== undefined && !isThemeColour(value))
      throw new ThemeCommandError(`${option} "${value}" must be a hex colour like #005a9f.`);
  if (input.font !== undefined && !(input.font in FONTS))
    throw new ThemeCommandError(
      `Font "${input.font}" is not one of the self-hosted fonts: ${Object.keys(FONTS).join(', ')} (docs/theming.md).`,
    );
  if (input.land !== undefined && !LANDS.includes(input.land))
    throw new ThemeCommandError(
      `Land "${input.land}" is not one of: ${LANDS.join(', ')} (docs/theming.md).`,
    );
  if (input.radius !== undefined && !RADIUS_RE.test(input.radius))
    throw new ThemeCommandError(
      `Radius "${input.radius}" must be a length like 4px, 0.25rem or 0.`,
    );
}

/**
 * Every source file of one theme and scheme in cascade order (later files override earlier ones); the
 * optional overrides files may be absent.
 * @param {string} root package root @param {string} themeDir @param {'light'|'dark'} scheme
 */
export function sourcePaths(root, themeDir, scheme) {
  return [
    join(root, 'src/brand-defaults.json'),
    join(themeDir, 'brand.json'),
    join(root, 'src/semantic/base.json'),
    join(root, `src/semantic/${scheme}.json`),
    join(themeDir, 'overrides.json'),
    join(themeDir, `overrides.${scheme}.json`),
  ];
}

/**
 * Resolves a theme folder with the build's own pipeline and runs the contrast gate on every scheme.
 * @param {{ root: string, dir: string, id: string, files: (scheme: 'light' | 'dark') => string[] }} input
 *   files: the existing source files of a scheme (sources.mjs `sourceFiles` on disk)
 * @returns {Promise<GateResult>}
 */
export async function gateTheme({ root, dir, id, files }) {
  const theme = { id, dir };
  /** @type {GateResult} */
  const out = { problems: [], values: {}, results: {}, tokens: {} };
  for (const scheme of SCHEMES) {
    const sd = themeDictionary({
      root,
      theme,
      scheme,
      files: files(scheme),
      problems: out.problems,
    });
    const resolved = await resolveScheme(sd, { theme, scheme, root, problems: out.problems });
    if (!resolved) continue;
    const check = checkContrast({ theme: id, scheme, ...resolved });
    out.problems.push(...contrastProblems(check));
    out.values[scheme] = resolved.values;
    out.results[scheme] = check.results;
    out.tokens[scheme] = outputTokens((await sd.getPlatformTokens('css')).allTokens);
  }
  return out;
}

/**
 * Light pairs that the fill role (brand.color.role.action: primary buttons, checked controls) fails and a
 * different primary step could fix.
 */
const fillFailures = (/** @type {GateResult} */ result) =>
  (result.results.light ?? []).filter(
    (r) =>
      !r.passes &&
      (r.bg.startsWith('color.action.primary.') ||
        r.fg === 'color.action.primary.background' ||
        r.fg === 'color.form.checked'),
  );

/** Light pairs that the text role (brand.color.role.text: links, brand-coloured text) fails. */
const textFailures = (/** @type {GateResult} */ result) =>
  (result.results.light ?? []).filter(
    (r) => !r.passes && (r.fg === 'color.action.default' || r.fg === 'color.action.hover'),
  );

/** The light pairs of the text role, passing or not. */
const textPairs = (/** @type {GateResult} */ result) =>
  (result.results.light ?? []).filter(
    (r) => r.fg === 'color.action.default' || r.fg === 'color.action.hover',
  );

/** Failing pairs as a list: color.action.default on color.layout.background.level-3 (4,15 : 1), … */
const pairList = (
  /** @type {import('./contrast-gate.mjs').PairResult[]} */ pairs,
  /** @type {'de' | 'en'} */ lang,
) =>
  pairs
    .map(
      (r) =>
        `${r.fg} ${lang === 'de' ? 'auf' : 'on'} ${r.bg} (${lang === 'de' ? deRatio(r.ratio) : enRatio(r.ratio)} : 1)`,
    )
    .join(', ');

/** The neutral palette: step 0 is white, the rest grey with a trace of the tint's hue. */
function neutralPalette(/** @type {string} */ tint, /** @type {boolean} */ ownTint) {
  const chroma = ownTint
    ? Math.min(Math.max(hexToOklch(tint).c, NEUTRAL_CHROMA), MAX_TINT_CHROMA)
    : NEUTRAL_CHROMA;
  return { 0: '#ffffff', ...paletteFromSeed(tint, { chroma }) };
}

const toTokens = (/** @type {Record<string, string>} */ palette) =>
  Object.fromEntries(Object.entries(palette).map(([k, v]) => [k, { $value: v }]));

/**
 * Derives theme.json and brand.json from the brand decisions (and, with `force`, the folder's current files)
 * and chooses the action step: the brand colour's own step when it passes the gate, otherwise the nearest
 * step that does. `gate` writes both files somewhere and runs gateTheme on them.
 * @param {ThemeInput} input
 * @param {{ oldMeta?: any, oldBrand?: any, gate: (files: { meta: any, brand: any }) => Promise<GateResult> }} options
 * @returns {Promise<{ meta: any, brand: any, messages: string[], notes: { de: string, en: string }[],
 *   result: GateResult, actionStep: string, textStep: string }>}
 *   messages: the German notes, then the English ones; actionStep: the fill of primary buttons; textStep: links
 */
export async function deriveTheme(input, { oldMeta, oldBrand, gate }) {
  const messages = [];
  // theme.json
  const name = input.name ?? oldMeta?.name ?? input.id;
  const fontFamily = input.font ?? oldMeta?.font?.family ?? 'Fira Sans';
  const primary = (input.primary ?? oldMeta?.brand?.primary)?.toLowerCase();
  // An absent or empty half (no old description, no option, or an old one without " / ") takes the default.
  const [oldDe, oldEn] = oldMeta?.description ? String(oldMeta.description).split(' / ') : [];
  const description =
    input.descriptionDe || input.descriptionEn || !oldMeta
      ? `${input.descriptionDe || oldDe || `${name}: Markenfarbe ${primary}, Schrift ${fontFamily}.`} / ${input.descriptionEn || oldEn || `${name}: brand colour ${primary}, ${fontFamily} typeface.`}`
      : oldMeta.description;
  const land = input.land ?? oldMeta?.land;
  const meta = {
    $schema: schemaRef('theme.json'),
    id: input.id,
    name,
    description,
    // The Land groups the theme in Storybook's theme picker (optional; `--force` keeps the folder's).
    ...(land ? { land } : {}),
    // The brand hex stands in both files on purpose: theme.json records the decision (which colour is the city's
    // brand colour, read again by `--force` and by the build), brand.json holds the tokens, where it is one step of a
    // palette whose neighbours may be tuned by hand. The build fails when the two disagree (build.mjs,
    // brandColourProblems); docs/theming.md says the same.
    ...(primary ? { brand: { primary } } : {}),
    font: { family: fontFamily, package: FONTS[fontFamily] ?? oldMeta?.font?.package },
  };

  // brand.json: a new folder gets generated palettes; an existing one keeps every step not given.
  const brand = structuredClone(oldBrand) ?? {
    $schema: schemaRef('brand.json'),
    brand: {
      color: { $type: 'color', primary: {}, neutral: {} },
      font: { family: { $type: 'fontFamily', $value: [] } },
      radius: { $type: 'dimension', default: { $value: '4px' } },
    },
  };
  brand.$schema = schemaRef('brand.json');
  const color = brand.brand.color;
  if (!oldBrand && primary) color.primary = toTokens(paletteFromSeed(primary));
  if ((!oldBrand && primary) || input.neutral)
    color.neutral = toTokens(
      neutralPalette(
        input.neutral?.toLowerCase() ?? /** @type {string} */ (primary),
        !!input.neutral,
      ),
    );
  /** @type {string | undefined} */
  let brandStep;
  if (input.primary && primary) {
    brandStep = nearestStep(primary);
    color.primary[brandStep] = { $value: primary };
    color.role = roles(brandStep);
  } else if (!color.role) color.role = roles('800');
  if (input.font || !oldBrand)
    brand.brand.font.family.$value = [
      fontFamily,
      'system-ui',
      '-apple-system',
      'Segoe UI',
      'Arial',
      'sans-serif',
    ];
  if (input.radius) brand.brand.radius.default.$value = input.radius;

  // Two roles, chosen one after the other (neither's pairs depend on the other's step): the fill of primary
  // buttons keeps the brand colour wherever white text on it passes; links and brand-coloured text on grey surfaces
  // and hover tints take the nearest step that passes there.
  const stepOf = (/** @type {unknown} */ ref) =>
    /\.(\d+)\}$/.exec(String(/** @type {any} */ (ref)?.$value))?.[1];
  let actionStep = brandStep ?? stepOf(color.role.action) ?? '800';
  let textStep = brandStep ?? stepOf(color.role.text) ?? actionStep;
  const tryRoles = (/** @type {string} */ fill, /** @type {string} */ text) => {
    // Without a new brand colour the folder's roles (and any hand-tuned hover step) stay as they are.
    if (brandStep) color.role = roles(fill, text);
    return gate({ meta, brand });
  };
  /** @type {GateResult} */
  let result = await tryRoles(actionStep, textStep);
  /** @type {{ de: string, en: string }[]} */
  const notes = [];
  if (brandStep && primary && !input.keepBrandAction) {
    const first = result;
    const search = async (
      /** @type {(result: GateResult) => unknown[]} */ failures,
      /** @type {(step: string) => Promise<GateResult>} */ run,
    ) => {
      for (const { step } of stepsByDistance(PALETTE_STEPS, brandStep)) {
        const candidate = await run(step);
        if (failures(candidate).length === 0) return { step, result: candidate };
      }
      return undefined;
    };
    const white = contrastRatio('#ffffff', primary);
    const stepValue = (/** @type {string} */ step) =>
      String(result.values.light?.get(`brand.color.primary.${step}`));
    const failedFill = fillFailures(first);
    if (failedFill.length > 0) {
      const found = await search(fillFailures, (step) => tryRoles(step, textStep));
      if (!found)
        throw new ThemeCommandError(
          `No step of the palette of ${primary} passes the contrast gate for buttons (${pairList(failedFill, 'en')}).`,
        );
      ({ step: actionStep, result } = found);
      const used = stepValue(actionStep);
      const usedRatio = contrastRatio('#ffffff', used);
      notes.push({
        de: `Ihre Markenfarbe ${primary} besteht als Füllung der Schaltflächen nicht: ${pairList(failedFill, 'de')}; Schaltflächen verwenden ${used} (Stufe ${actionStep}, weiße Schrift ${deRatio(usedRatio)} : 1).`,
        en: `Your brand colour ${primary} does not pass as the fill of buttons: ${pairList(failedFill, 'en')}; buttons use ${used} (step ${actionStep}, white text ${enRatio(usedRatio)} : 1).`,
      });
    }
    const failedText = textFailures(first);
    if (failedText.length > 0) {
      const found = await search(textFailures, (step) => tryRoles(actionStep, step));
      if (!found)
        throw new ThemeCommandError(
          `No step of the palette of ${primary} passes the contrast gate for links (${pairList(failedText, 'en')}).`,
        );
      ({ step: textStep, result } = found);
      const used = stepValue(textStep);
      const least = Math.min(
        ...textPairs(result)
          .filter((r) => r.fg === 'color.action.default')
          .map((r) => r.ratio),
      );
      if (failedFill.length === 0)
        notes.push({
          de: `Ihre Markenfarbe ${primary} füllt die Schaltflächen (Stufe ${brandStep}, weiße Schrift ${deRatio(white)} : 1).`,
          en: `Your brand colour ${primary} fills the buttons (step ${brandStep}, white text ${enRatio(white)} : 1).`,
        });
      notes.push({
        de: `Als Textfarbe auf Flächen erreicht ${primary} nicht 4,5 : 1: ${pairList(failedText, 'de')}; Links und farbiger Text verwenden ${used} (Stufe ${textStep}, mindestens ${deRatio(least)} : 1).`,
        en: `As a text colour on surfaces ${primary} does not reach 4.5 : 1: ${pairList(failedText, 'en')}; links and brand-coloured text use ${used} (step ${textStep}, at least ${enRatio(least)} : 1).`,
      });
    }
    if (failedFill.length === 0 && failedText.length === 0)
      notes.push({
        de: `Ihre Markenfarbe ${primary} ist die Aktionsfarbe (Stufe ${brandStep}, weiße Schrift ${deRatio(white)} : 1).`,
        en: `Your brand colour ${primary} is the action colour (step ${brandStep}, white text ${enRatio(white)} : 1).`,
      });
  }
  for (const { de } of notes) messages.push(de);
  for (const { en } of notes) messages.push(en);
  return { meta, brand, messages, notes, result, actionStep, textStep };
}

/**
 * A theme file's text (`theme.json`, `brand.json`) as the repository's Prettier writes it (`printWidth` 100 in
 * .prettierrc.json), so that the theme command's and the Theme-Werkstatt's folders pass `format:check` as they are
 * and are the same bytes: two-space JSON in which an array of plain values that fits on its line stays on one line
 * (JSON.stringify breaks a font stack over eight lines; Prettier keeps it on one). Browser-safe: no Prettier at run
 * time; packages/tokens/test/theme-command.test.ts checks that Prettier leaves the output unchanged.
 * @param {unknown} value
 * @param {number} [printWidth]
 * @returns {string}
 */
export function themeFileText(value, printWidth = 100) {
  /** @type {string[]} */
  const lines = [];
  const write = (
    /** @type {unknown} */ item,
    /** @type {number} */ indent,
    /** @type {string} */ prefix,
    /** @type {string} */ suffix,
  ) => {
    const pad = ' '.repeat(indent);
    if (
      Array.isArray(item) &&
      item.length > 0 &&
      item.every((entry) => entry === null || typeof entry !== 'object')
    ) {
      const line = `${pad}${prefix}[${item.map((entry) => JSON.stringify(entry)).join(', ')}]${suffix}`;
      if (line.length <= printWidth) {
        lines.push(line);
        return;
      }
    }
    if (item !== null && typeof item === 'object') {
      const [open, close] = Array.isArray(item) ? ['[', ']'] : ['{', '}'];
      /** @type {[string | undefined, unknown][]} */
      const entries = Array.isArray(item)
        ? item.map((entry) => [undefined, entry])
        : Object.entries(item);
      if (entries.length === 0) {
        lines.push(`${pad}${prefix}${open}${close}${suffix}`);
        return;
      }
      lines.push(`${pad}${prefix}${open}`);
      entries.forEach(([key, entry], i) =>
        write(
          entry,
          indent + 2,
          key === undefined ? '' : `${JSON.stringify(key)}: `,
          i < entries.length - 1 ? ',' : '',
        ),
      );
      lines.push(`${pad}${close}${suffix}`);
      return;
    }
    lines.push(`${pad}${prefix}${JSON.stringify(item)}${suffix}`);
  };
  write(value, 0, '', '');
  return `${lines.join('\n')}\n`;
}
