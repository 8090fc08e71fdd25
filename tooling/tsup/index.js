// Shared library build. ESM keeps one output file per source module, so "use client" stays on exactly
// the modules that have it and bundlers tree-shake per component; CJS (for require(), Node SSR, Jest)
// is one bundle per entry with self-contained declarations (one config per entry: no shared chunks).
// After tsup, `copyDeclarations` (the `stadtkern-copy-declarations` command) gives ESM its declarations.
//
// Development-only code (warnings about incomplete markup or a missing accessible name, displayName) is
// written as `if (process.env.NODE_ENV !== 'production')` in the sources. With `development: true` the
// package is built twice (docs/adr/0009-development-build-by-export-condition.md):
//   dist/              production (the default of package.json "exports"): NODE_ENV is "production" and
//                      the development code, its strings included, is removed at build time;
//   dist/development/  development (the "development" export condition): NODE_ENV is "development".
// Neither build reads `process` at run time, so both run in a browser without a bundler.
import { readFileSync, rmSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The folder of the development build, below dist/. */
export const DEVELOPMENT_DIR = 'development';

/**
 * @param {{ entries?: string[], external: string[], development?: boolean }} options entry names under
 *   src/ (e.g. ['index']); default: those of package.json "exports" in the working directory (where tsup
 *   runs). `development`: also build dist/development/ and remove development code from dist/.
 * @returns {import('tsup').Options[]}
 */
export function libraryConfig({
  entries = packageEntries(process.cwd()),
  external,
  development = false,
}) {
  const flavours = development
    ? [
        // minifySyntax folds `"production" !== "production"` and drops the dead branch; whitespace and
        // names stay, so the files remain readable.
        { outDir: 'dist', env: { NODE_ENV: 'production' }, minifySyntax: true, dts: true },
        { outDir: `dist/${DEVELOPMENT_DIR}`, env: { NODE_ENV: 'development' }, dts: false },
      ]
    : [{ outDir: 'dist', dts: true }];
  // dist/ is emptied once, here, before tsup starts the builds side by side (tsup's own `clean` runs in
  // each build and could delete what another one is writing, such as dist/development/).
  rmSync(join(process.cwd(), 'dist'), { recursive: true, force: true });
  return flavours.flatMap(({ dts, ...flavour }) => {
    const common = { target: 'es2022', platform: 'neutral', sourcemap: false, ...flavour };
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
        clean: false,
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
        // Both builds have the same types: only dist/ gets declarations.
        dts: dts && { compilerOptions: { ignoreDeprecations: '6.0' } },
      })),
    ];
  });
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
