// The Theme-Werkstatt's part of the engine (Storybook › Theme-Werkstatt): the theme command's derivation and the
// build's contrast gate, run on Style Dictionary's in-memory file system in the browser. Nothing here is a second
// implementation: palettes (color.mjs), the action-step choice (theme-core.mjs), token resolution
// (style-dictionary.mjs), the gate (contrast-gate.mjs), the schema check (schemas.mjs) and the theme CSS
// (formats.mjs) are the modules the build and the theme command (`pnpm -C packages/tokens theme`) use.
import { fs } from 'style-dictionary/fs';
import brandDefaults from '../src/brand-defaults.json' with { type: 'json' };
import base from '../src/semantic/base.json' with { type: 'json' };
import dark from '../src/semantic/dark.json' with { type: 'json' };
import light from '../src/semantic/light.json' with { type: 'json' };
import { themeCss } from './formats.mjs';
import { validateThemeFile } from './schemas.mjs';
import {
  deriveTheme,
  gateTheme,
  sourcePaths,
  themeFileText,
  validateThemeInput,
} from './theme-core.mjs';

/** The shared sources, at the paths the build reads them from (below the package root). */
const SHARED = {
  'src/brand-defaults.json': brandDefaults,
  'src/semantic/base.json': base,
  'src/semantic/light.json': light,
  'src/semantic/dark.json': dark,
};

const text = (/** @type {unknown} */ json) => themeFileText(json);

/** The attribute a preview container carries to show the candidate theme (see `css`). */
export const PREVIEW_ATTRIBUTE = 'data-sk-workshop';

let runs = 0;

/**
 * Derives a new theme folder from brand decisions and gates it, all in memory.
 * @param {import('./theme-core.mjs').ThemeInput} input
 * @returns {Promise<{ files: { 'theme.json': string, 'brand.json': string }, messages: string[],
 *   notes: { de: string, en: string }[], problems: string[], schemaProblems: string[], actionStep: string,
 *   textStep: string, palettes: Record<string, Record<string, string>>,
 *   results: import('./theme-core.mjs').GateResult['results'], css: string }>}
 *   `css`: the build's theme CSS for the candidate, scoped to elements with PREVIEW_ATTRIBUTE="<id>" (and their
 *   `data-sk-color-scheme`); `problems`: the build's messages, empty when the theme would build; `notes`: the theme
 *   command's messages (which step fills the buttons and which colours links, and the pairs the brand colour fails)
 */
export async function workshopTheme(input) {
  validateThemeInput(input, false);
  // Each run gets its own folder: a slower run never reads a newer run's files.
  const root = `/stadtkern-workshop/${++runs}`;
  const dir = `${root}/themes/${input.id}`;
  try {
    fs.mkdirSync(`${root}/src/semantic`, { recursive: true });
    fs.mkdirSync(dir, { recursive: true });
    for (const [path, json] of Object.entries(SHARED))
      fs.writeFileSync(`${root}/${path}`, text(json));
    const derived = await deriveTheme(input, {
      gate: async ({ meta, brand }) => {
        fs.writeFileSync(`${dir}/brand.json`, text(brand));
        fs.writeFileSync(`${dir}/theme.json`, text(meta));
        return gateTheme({
          root,
          dir,
          id: input.id,
          files: (scheme) => sourcePaths(root, dir, scheme).filter((f) => fs.existsSync(f)),
        });
      },
    });
    const { meta, brand, result } = derived;
    // The page's own themes use [data-sk-theme] [data-sk-color-scheme] (two attributes); three make the
    // candidate win on its preview containers whatever the order of the style sheets.
    const scope = `[${PREVIEW_ATTRIBUTE}="${input.id}"]`.repeat(3);
    const css =
      result.tokens.light && result.tokens.dark
        ? themeCss({
            id: input.id,
            light: result.tokens.light,
            dark: result.tokens.dark,
            scopes: [scope],
          })
        : '';
    const palettes = Object.fromEntries(
      ['primary', 'neutral'].map((name) => [
        name,
        Object.fromEntries(
          Object.entries(brand.brand.color[name]).map(([step, token]) => [
            step,
            /** @type {{ $value: string }} */ (token).$value,
          ]),
        ),
      ]),
    );
    return {
      files: { 'theme.json': text(meta), 'brand.json': text(brand) },
      messages: derived.messages,
      notes: derived.notes,
      problems: [...new Set(result.problems)],
      schemaProblems: [
        ...validateThemeFile('theme.json', meta, `themes/${input.id}/theme.json`),
        ...validateThemeFile('brand.json', brand, `themes/${input.id}/brand.json`),
      ],
      actionStep: derived.actionStep,
      textStep: derived.textStep,
      palettes,
      results: result.results,
      css,
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
