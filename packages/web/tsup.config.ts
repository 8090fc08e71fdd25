import { libraryConfig } from '@stadtkern/tsup-config';
import { defineConfig } from 'tsup';

export default defineConfig([
  ...libraryConfig({ external: [] }),
  // The prebuilt file for a plain <script type="module"> (not in "exports": browsers load it by URL):
  // every behaviour in one minified module that starts itself. Pages without a bundler have no
  // development build, so this file always warns about incomplete markup.
  {
    entry: { 'stadtkern-web': 'bundle/stadtkern-web.ts' },
    outDir: 'dist',
    target: 'es2022',
    platform: 'browser',
    format: ['esm'],
    bundle: true,
    minify: true,
    sourcemap: false,
    clean: false,
    dts: false,
    env: { NODE_ENV: 'development' },
  },
]);
