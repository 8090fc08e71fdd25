// The export for Tokens Studio for Figma: every theme × scheme as a token set of RESOLVED values in the plugin's
// "W3C DTCG" token format ($value/$type), in its single-file layout (first-level keys are token set names, plus
// `$themes` and `$metadata`), so "Load from file" gives designers every city with a theme switcher.
//
// What the plugin reads (tokens-studio/figma-plugin, src/storage/schemas): every token carries its own `$value`
// and a string `$type` — a group may only contain tokens and groups, so no group-level `$type` or `$description`;
// the `$type`s are the plugin's own (fontFamilies, fontWeights, lineHeights, fontSizes, …), not DTCG's singular
// ones; a unitless line height would be read as pixels, so it becomes a percentage; Figma knows no font fallbacks,
// so a font family is its first named family. Each token keeps its CSS custom property and exact CSS value in
// `$extensions["de.stadtkern"]`, so developers can map a design back to code.
// No Node.js built-ins here (the formats run wherever the build does).

/** The vendor key of Stadtkern's `$extensions`. */
export const EXTENSION = 'de.stadtkern';

/** The colour schemes' names in the theme switcher (designers read German). */
const SCHEME_LABELS = /** @type {Record<string, string>} */ ({ light: 'Hell', dark: 'Dunkel' });

/** CSS generic families and system keywords: no font Figma could set. */
const GENERIC_FAMILIES = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'math',
  'emoji',
  'fangsong',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  '-apple-system',
  'blinkmacsystemfont',
]);

const PALETTE_DESCRIPTION =
  'Palettenstufe, keine CSS-Variable: im Entwurf semantische Tokens verwenden.';

/** The families of a CSS font-family list, unquoted. */
export function fontFamilies(/** @type {string} */ css) {
  return css
    .split(',')
    .map((f) => f.trim().replace(/^(['"])(.*)\1$/, '$2'))
    .filter(Boolean);
}

/** The family Figma sets: the first named family of the CSS stack (Figma has no fallbacks). */
export function primaryFamily(/** @type {string} */ css) {
  const families = fontFamilies(css);
  return families.find((f) => !GENERIC_FAMILIES.has(f.toLowerCase())) ?? families[0] ?? css;
}

/**
 * One token as Stadtkern has it: its path, CSS custom property, DTCG `$type` and the CSS value.
 * @typedef {{ path: string[], cssName?: string, type: string, css: string, description?: string }} ExportToken
 */

/** The Tokens Studio `$type` of a Stadtkern token. Throws for a type without a mapping. */
export function studioType(/** @type {ExportToken} */ token) {
  const name = token.path.join('.');
  switch (token.type) {
    case 'color':
      return 'color';
    case 'dimension':
      return name.startsWith('typography.font-size.') ? 'fontSizes' : 'dimension';
    case 'fontFamily':
      return 'fontFamilies';
    case 'fontWeight':
      return 'fontWeights';
    case 'number':
      return name.startsWith('typography.line-height.') ? 'lineHeights' : 'number';
    case 'duration':
      // Tokens Studio has no duration type; "other" keeps the value as written.
      return 'other';
    default:
      throw new Error(
        `tokens-studio: ${name} has $type "${token.type}", which has no Tokens Studio mapping (add one in scripts/lib/tokens-studio.mjs)`,
      );
  }
}

/** The Tokens Studio `$value` of a Stadtkern token: its CSS value in the form the plugin applies in Figma. */
export function studioValue(/** @type {ExportToken} */ token) {
  switch (studioType(token)) {
    case 'lineHeights':
      return `${Number((Number(token.css) * 100).toFixed(4))}%`;
    case 'number':
      return Number(token.css);
    case 'fontFamilies':
      return primaryFamily(token.css);
    default:
      return token.css;
  }
}

/** A nested token set from a flat list of tokens. */
export function tokenSet(/** @type {ExportToken[]} */ tokens) {
  /** @type {Record<string, any>} */
  const set = {};
  for (const token of tokens) {
    let group = set;
    for (const key of token.path.slice(0, -1)) group = group[key] ??= {};
    group[/** @type {string} */ (token.path.at(-1))] = {
      $value: studioValue(token),
      $type: studioType(token),
      ...(token.description ? { $description: token.description } : {}),
      $extensions: {
        [EXTENSION]: token.cssName
          ? { cssVariable: token.cssName, cssValue: token.css }
          : { paletteStep: true },
      },
    };
  }
  return set;
}

/** A brand palette as a token set (colour steps only; not CSS custom properties). */
export function paletteSet(/** @type {Array<[string, string]>} */ steps) {
  return tokenSet(
    steps.map(([path, value]) => ({
      path: path.split('.'),
      type: 'color',
      css: value,
      description: PALETTE_DESCRIPTION,
    })),
  );
}

/**
 * One theme's part of an export.
 * @typedef {{ id: string, name: string, breakpoint: string, palette: Record<string, any>,
 *   schemes: Record<string, Record<string, any>>, desktop: Record<string, any> }} StudioTheme
 *   schemes: the semantic token set per colour scheme; desktop: the values that change above the breakpoint
 */

/**
 * A Tokens Studio single-file document: the token sets `<id>/palette`, `<id>/<scheme>` and `<id>/desktop` of every
 * theme, `$themes` with one group per theme (Figma: one variable collection per city, one mode per option) and
 * `$metadata.tokenSetOrder`, in which the desktop set comes after the schemes so that its values win.
 * @param {StudioTheme[]} themes
 */
export function studioDocument(themes) {
  /** @type {Record<string, any>} */
  const sets = {};
  const $themes = [];
  for (const theme of themes) {
    const palette = `${theme.id}/palette`;
    const desktop = `${theme.id}/desktop`;
    const hasDesktop = Object.keys(theme.desktop).length > 0;
    sets[palette] = theme.palette;
    for (const [scheme, set] of Object.entries(theme.schemes)) sets[`${theme.id}/${scheme}`] = set;
    if (hasDesktop) sets[desktop] = theme.desktop;
    for (const scheme of Object.keys(theme.schemes)) {
      const label = SCHEME_LABELS[scheme] ?? scheme;
      /** @type {Record<string, 'enabled' | 'source'>} */
      const selected = { [palette]: 'source', [`${theme.id}/${scheme}`]: 'enabled' };
      $themes.push({
        id: `${theme.id}-${scheme}`,
        name: label,
        group: theme.name,
        selectedTokenSets: selected,
      });
      if (hasDesktop)
        $themes.push({
          id: `${theme.id}-${scheme}-desktop`,
          name: `${label}, ab ${theme.breakpoint}`,
          group: theme.name,
          selectedTokenSets: { ...selected, [desktop]: 'enabled' },
        });
    }
  }
  return { ...sets, $themes, $metadata: { tokenSetOrder: Object.keys(sets) } };
}
