// Facts that other packages read from @stadtkern/tokens (dist/index.js exports them):
// the default theme, the cascade layer order and the theme-id pattern (from theme.schema.json).
import { readFileSync } from 'node:fs';

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
export const LAYER_ORDER = `@layer ${LAYERS.join(', ')};`;

/** @type {{ properties: { id: { pattern: string } } }} */
const themeSchema = JSON.parse(
  readFileSync(new URL('../../schemas/theme.schema.json', import.meta.url), 'utf8'),
);

/** Theme ids (folder names): lower-case kebab-case. Defined once, in schemas/theme.schema.json. */
export const THEME_ID_RE = new RegExp(themeSchema.properties.id.pattern);
