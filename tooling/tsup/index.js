// Shared library build. ESM keeps one output file per source module, so "use client" stays on exactly
// the modules that have it and bundlers tree-shake per component; CJS (for require(), Node SSR, Jest)
// is one bundle per entry with self-contained declarations (one config per entry: no shared chunks).

/**
 * @param {{ entries: string[], external: string[] }} options entry names under src/ (e.g. ['index'])
 * @returns {import('tsup').Options[]}
 */
export function libraryConfig({ entries, external }) {
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
      // The bundled declarations are module-format neutral; scripts/finish-build.mjs copies them to .d.ts.
      dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    })),
  ];
}
