// Loading the Storybook app's own modules (TypeScript, TSX, the stories) in Node through Vite, shared by the tests
// that run its docs blocks' derivations without a browser (../welcome.test.mjs, ../html-markup.test.mjs,
// ../contrast-pairs.test.mjs).
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

/**
 * Starts Vite in middleware mode on the Storybook app, without its config file, watcher or dependency
 * pre-bundling; load modules with `ssrLoadModule('/src/…')` (paths from the app) or an absolute path, and close
 * the server after the tests.
 * @returns {Promise<import('vite').ViteDevServer>}
 */
export function startSsrLoader() {
  return createServer({
    root: fileURLToPath(new URL('../..', import.meta.url)),
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
}
