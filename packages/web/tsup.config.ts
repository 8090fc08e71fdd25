import { libraryConfig } from '@stadtkern/tsup-config';
import { defineConfig } from 'tsup';

export default defineConfig([
  ...libraryConfig({ external: [], development: true }),
  // The prebuilt files for a plain <script type="module"> (not in "exports": browsers load them by URL):
  // every behaviour in one minified module that starts itself. dist/stadtkern-web.js is the production
  // file the docs show; dist/stadtkern-web.development.js warns about incomplete markup.
  ...(['production', 'development'] as const).map((mode) => ({
    entry: {
      [mode === 'production' ? 'stadtkern-web' : 'stadtkern-web.development']:
        'bundle/stadtkern-web.ts',
    },
    outDir: 'dist',
    target: 'es2022',
    platform: 'browser' as const,
    format: ['esm' as const],
    bundle: true,
    minify: true,
    sourcemap: false,
    clean: false,
    dts: false,
    env: { NODE_ENV: mode },
  })),
]);
