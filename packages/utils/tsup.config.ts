import { defineConfig } from 'tsup';

const sources = ['src/**/*.ts', '!src/**/*.test.ts'];

export default defineConfig([
  {
    // ESM: one file per module, so a bundler keeps exactly the validators that are imported.
    entry: sources,
    outDir: 'dist',
    format: ['esm'],
    bundle: false,
    target: 'es2022',
    platform: 'neutral',
    sourcemap: false,
    clean: true,
    dts: false,
  },
  // CJS bundles with self-contained declarations, one config per entry so no shared chunks appear.
  ...['index', 'react'].map((entry) => ({
    entry: { [entry]: `src/${entry}.ts` },
    outDir: 'dist',
    format: ['cjs' as const],
    bundle: true,
    target: 'es2022',
    platform: 'neutral' as const,
    external: ['react', 'libphonenumber-js'],
    sourcemap: false,
    clean: false,
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  })),
]);
