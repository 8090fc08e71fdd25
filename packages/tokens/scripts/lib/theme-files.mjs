// Writes a city theme folder (brand tokens + metadata) from a few brand decisions.
// Used by `pnpm --filter @stadtkern/tokens create-theme` and by the `pnpm gen theme` generator.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isHexColor, paletteFromSeed } from './color.mjs';
import { THEME_ID_RE } from './facts.mjs';
import { schemaRef } from './schemas.mjs';

/**
 * @param {{ id: string, name: string, primary: string, neutralChroma?: number,
 *   font?: string, fontPackage?: string, radius?: string, description?: string }} input
 */
export function themeSources(input) {
  const { id, name, primary } = input;
  if (!THEME_ID_RE.test(id))
    throw new Error(`Theme id "${id}" must be lower-case kebab-case (e.g. "koeln").`);
  if (!isHexColor(primary))
    throw new Error(`Primary colour "${primary}" must be a hex colour like #005a9f.`);
  const toTokens = (palette) =>
    Object.fromEntries(Object.entries(palette).map(([k, v]) => [k, { $value: v }]));
  const neutral = paletteFromSeed(primary, { chroma: input.neutralChroma ?? 0.012 });
  const font = input.font ?? 'Fira Sans';
  const brand = {
    $schema: schemaRef('brand.json'),
    brand: {
      color: {
        $type: 'color',
        primary: toTokens(paletteFromSeed(primary)),
        neutral: { 0: { $value: '#ffffff' }, ...toTokens(neutral) },
      },
      font: {
        family: {
          $type: 'fontFamily',
          $value: [font, 'system-ui', '-apple-system', 'Segoe UI', 'Arial', 'sans-serif'],
        },
      },
      radius: {
        $type: 'dimension',
        default: { $value: input.radius ?? '4px' },
      },
    },
  };
  const meta = {
    $schema: schemaRef('theme.json'),
    id,
    name,
    description: input.description ?? `Brand tokens for ${name}.`,
    ...(input.fontPackage ? { font: { family: font, package: input.fontPackage } } : {}),
  };
  return { brand, meta };
}

/** Creates themes/<id>/brand.json and theme.json below `themesDir`. */
export async function writeTheme(themesDir, input) {
  const { brand, meta } = themeSources(input);
  const dir = join(themesDir, input.id);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'brand.json'), `${JSON.stringify(brand, null, 2)}\n`);
  await writeFile(join(dir, 'theme.json'), `${JSON.stringify(meta, null, 2)}\n`);
  return dir;
}
