#!/usr/bin/env node
// Builds @stadtkern/css: validates and minifies every component file with Lightning CSS,
// writes one file per component plus base.css and the index.css bundle.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'lightningcss';

export const LAYER_ORDER = '@layer sk.theme, sk.base, sk.components, sk.utilities;';
// Chrome/Edge/Firefox/Safari versions that support cascade layers, :focus-visible and logical properties.
const targets = { chrome: 99 << 16, firefox: 97 << 16, safari: (15 << 16) | (4 << 8) };

/** @param {string} filename @param {string} code */
export function compile(filename, code) {
  const { code: out, warnings } = transform({
    filename,
    code: Buffer.from(code),
    minify: true,
    targets,
    errorRecovery: false,
  });
  if (warnings.length > 0) {
    throw new Error(
      `${filename}: ${warnings.map((w) => `${w.message} (line ${w.loc.line})`).join('; ')}`,
    );
  }
  // Lightning CSS shortens the layer-order statement to the layers a file uses; every file keeps the
  // full order instead, so that any load order of theme and component files yields the same cascade.
  return `${LAYER_ORDER}${out.toString().replace(/^@layer [\w.,]+;/, '')}`;
}

/** @param {{ root: string }} options */
export async function build({ root }) {
  const src = join(root, 'src');
  const dist = join(root, 'dist');
  await rm(dist, { recursive: true, force: true });
  await mkdir(join(dist, 'components'), { recursive: true });
  const files = (await readdir(join(src, 'components'))).filter((f) => f.endsWith('.css')).sort();
  const base = compile('base.css', await readFile(join(src, 'base.css'), 'utf8'));
  await writeFile(join(dist, 'base.css'), base);
  const bodies = [];
  for (const file of files) {
    const css = compile(file, await readFile(join(src, 'components', file), 'utf8'));
    await writeFile(join(dist, 'components', file), css);
    bodies.push(css);
  }
  // One layer-order statement, then base and every component; compiled again so duplicates merge.
  const bundle = compile('index.css', [base, ...bodies].join('\n'));
  await writeFile(join(dist, 'index.css'), bundle);
  return { components: files.map((f) => f.replace(/\.css$/, '')) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { components } = await build({ root: fileURLToPath(new URL('..', import.meta.url)) });
    console.log(`@stadtkern/css: built ${components.length} components.`);
  } catch (error) {
    console.error(
      `@stadtkern/css build failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}
