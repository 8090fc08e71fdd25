import { defineConfig } from 'tsup';

const sources = [
  'src/**/*.{ts,tsx}',
  '!src/**/*.test.{ts,tsx}',
  '!src/**/*.stories.{ts,tsx}',
  '!src/test/**',
];

export default defineConfig([
  {
    // ESM: one output file per source file, so "use client" stays on exactly the interactive
    // components and bundlers tree-shake per component.
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
  {
    // CJS for require() consumers (Node SSR, Jest): one bundle; directives do not matter there.
    entry: { index: 'src/index.ts' },
    outDir: 'dist',
    format: ['cjs'],
    bundle: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    sourcemap: false,
    clean: false,
    // The bundled declarations are module-format neutral; scripts/finish-build.mjs copies them to
    // index.d.ts for ESM consumers.
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  },
]);
