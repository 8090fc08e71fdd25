// The entry points of @stadtkern/web, read from the "exports" of package.json: one module per behaviour
// plus the package entry. The build (tsup.config.ts, via @stadtkern/tsup-config) and the tests use this
// one list.
import { fileURLToPath } from 'node:url';
import { packageEntries } from '@stadtkern/tsup-config';

/** @type {string[]} e.g. ['index', 'error-summary', 'character-count'] */
export const entries = packageEntries(fileURLToPath(new URL('..', import.meta.url)));
