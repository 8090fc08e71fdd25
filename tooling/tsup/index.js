// Shared library build. ESM keeps one output file per source module, so "use client" stays on exactly
// the modules that have it and bundlers tree-shake per component; CJS (for require(), Node SSR, Jest)
// is one bundle per entry with self-contained declarations (one config per entry: no shared chunks).
// After tsup, `copyDeclarations` (the `stadtkern-copy-declarations` command) gives ESM its declarations.
import { readFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * @param {{ entries?: string[], external: string[] }} options entry names under src/ (e.g. ['index']);
 *   default: those of package.json "exports" in the working directory (where tsup runs)
 * @returns {import('tsup').Options[]}
 */
export function libraryConfig({ entries = packageEntries(process.cwd()), external }) {
  const common = { outDir: 'dist', target: 'es2022', platform: 'neutral', sourcemap: false };
  return [
    {
      ...common,
      entry: [
        'src/**/*.{ts,tsx}',
        '!src/**/*.test.{ts,tsx}',
        '!src/**/*.stories.{ts,tsx}',
        '!src/test/**',
      ],
      format: ['esm'],
      bundle: false,
      clean: true,
      dts: false,
    },
    ...entries.map((entry) => ({
      ...common,
      entry: { [entry]: `src/${entry}.ts` },
      format: ['cjs'],
      bundle: true,
      external,
      clean: false,
      // The bundled declarations are module-format neutral; copyDeclarations copies them to .d.ts.
      dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    })),
  ];
}

/**
 * The entry names of a package, read from the "exports" of its package.json: `.` is `index`,
 * `./core` is `core`; `./package.json` is no entry.
 * @param {string} packageDir
 * @returns {string[]}
 */
export function packageEntries(packageDir) {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  return Object.keys(manifest.exports)
    .filter((key) => key !== './package.json')
    .map((key) => (key === '.' ? 'index' : key.slice(2)));
}

/**
 * Runs after tsup: ESM consumers read `dist/<entry>.d.ts`, CJS consumers `dist/<entry>.d.cts`. The
 * bundled declarations are the same for both, so each `.d.cts` is copied to `.d.ts`, for every entry
 * of package.json "exports".
 * @param {string} [packageDir] default: the working directory (a package's build script runs there)
 */
export async function copyDeclarations(packageDir = process.cwd()) {
  for (const entry of packageEntries(packageDir)) {
    const dist = join(packageDir, 'dist', entry);
    await copyFile(`${dist}.d.cts`, `${dist}.d.ts`);
  }
}
