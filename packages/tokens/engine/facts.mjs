// Facts that other packages read from @stadtkern/tokens (dist/index.js exports them):
// the default theme, the cascade layer order, the theme-id pattern and the Länder (from theme.schema.json); and the
// facts the build, the theme command and Storybook's theme workshop share: colour schemes, self-hosted fonts.
// No Node.js built-ins here: the theme workshop runs this pipeline in the browser.
import themeSchema from '../schemas/theme.schema.json' with { type: 'json' };

/** The theme on `:root` in css/default.css and the fallback of the Storybook toolbar. */
export const DEFAULT_THEME = 'kern';

/** Stadtkern's cascade layers, lowest priority first. */
export const LAYERS = /** @type {const} */ ([
  'sk.theme',
  'sk.base',
  'sk.components',
  'sk.utilities',
]);

/** The `@layer` statement every Stadtkern CSS file starts with. */
export const LAYER_STATEMENT = `@layer ${LAYERS.join(', ')};`;

/** Theme ids (folder names): lower-case kebab-case. Defined once, in schemas/theme.schema.json. */
export const THEME_ID_RE = new RegExp(themeSchema.properties.id.pattern);

/**
 * The values of theme.json's optional `land`: the 16 Länder by name, then „Länderübergreifend“ for the Bund and
 * themes shared by several Länder (KERN). Defined once, in schemas/theme.schema.json.
 */
export const LANDS = /** @type {readonly string[]} */ (themeSchema.properties.land.enum);

/** Theme ids the build uses for its own output files (css/all.css, css/default.css). */
export const RESERVED_THEME_IDS = ['all', 'default'];

/** The colour schemes every theme defines (src/semantic/<scheme>.json). */
export const SCHEMES = /** @type {const} */ (['light', 'dark']);

/**
 * The self-hosted fonts a theme may use (family → @fontsource package), all under the SIL Open Font License.
 * The theme command adds a package to devDependencies when a theme asks for one that is not installed.
 * docs/theming.md lists them.
 */
export const FONTS = /** @type {Record<string, string>} */ ({
  'Atkinson Hyperlegible': '@fontsource/atkinson-hyperlegible',
  'Fira Sans': '@fontsource/fira-sans',
  'IBM Plex Sans': '@fontsource/ibm-plex-sans',
  Inter: '@fontsource/inter',
  'Noto Sans': '@fontsource/noto-sans',
  'Open Sans': '@fontsource/open-sans',
  Roboto: '@fontsource/roboto',
  'Source Sans 3': '@fontsource/source-sans-3',
});
