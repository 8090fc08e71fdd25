// The entry points of @stadtkern/web, read from the "exports" of package.json: one module per behaviour
// plus the package entry. The build (tsup.config.ts, finish-build.mjs) and the tests use this one list.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** @type {string[]} e.g. ['index', 'error-summary', 'character-count'] */
export const entries = Object.keys(manifest.exports)
  .filter((key) => key !== './package.json')
  .map((key) => (key === '.' ? 'index' : key.slice(2)));
