// Self-hosted fonts of a theme: @font-face rules for its @fontsource package, woff2 files copied to dist.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const FONT_WEIGHTS = ['400', '600', '700'];
const FONT_SUBSETS = ['latin', 'latin-ext'];

/**
 * Self-hosted @font-face rules for a theme's font package, with the woff2 files copied next to them.
 * No request ever leaves the consumer's own origin.
 */
export async function writeFonts({ root, dist, theme }) {
  const pkg = theme.meta.font?.package;
  if (!pkg) return undefined;
  const require = createRequire(join(root, 'package.json'));
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    throw new Error(
      `themes/${theme.id}/theme.json: font package "${pkg}" is not installed; add it to packages/tokens devDependencies`,
    );
  }
  const rules = [];
  for (const weight of FONT_WEIGHTS) {
    const file = join(pkgDir, `${weight}.css`);
    if (!existsSync(file)) continue;
    const css = await readFile(file, 'utf8');
    for (const block of css.split(/(?=\/\* )/)) {
      const name = /\/\* (.+?) \*\//.exec(block)?.[1];
      if (!name || !FONT_SUBSETS.some((s) => name.endsWith(`-${s}-${weight}-normal`))) continue;
      const woff2 = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
      if (!woff2) continue;
      await mkdir(join(dist, 'fonts'), { recursive: true });
      await copyFile(join(pkgDir, 'files', woff2), join(dist, 'fonts', woff2));
      rules.push(
        block.replace(/src: [^;]+;/, `src: url(../../fonts/${woff2}) format('woff2');`).trim(),
      );
    }
  }
  if (rules.length === 0)
    throw new Error(`themes/${theme.id}: no latin font files found in ${pkg}`);
  const out = `/* Self-hosted fonts for theme "${theme.id}" (${pkg}). */\n${rules.join('\n\n')}\n`;
  await mkdir(join(dist, 'css/fonts'), { recursive: true });
  await writeFile(join(dist, 'css/fonts', `${theme.id}.css`), out);
  return `fonts/${theme.id}.css`;
}
