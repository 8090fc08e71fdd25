#!/usr/bin/env node
// Builds the example service's SQLite driver (better-sqlite3) the first time the service needs it.
// `pnpm install` does not build it (pnpm-workspace.yaml, allowBuilds: better-sqlite3: false): compiling
// SQLite takes minutes on a small machine and prints hundreds of compiler warnings, which nobody who only
// wants Storybook or the packages should wait for. The example service's start, dev, test and bench
// scripts run this first; once the driver loads, it returns at once.
// The compiler comes from the system (python3, make, g++: scripts/setup.mjs installs them on Debian), the
// headers from Node.js itself: nothing is downloaded.
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const service = fileURLToPath(new URL('../apps/example-service/', import.meta.url));
const log = (msg) => console.log(`[stadtkern] ${msg}`);

/** Whether the driver loads and opens a database, in a fresh Node process. */
const loads = () =>
  spawnSync(
    process.execPath,
    ['-e', "const D = require('better-sqlite3'); new D(':memory:').close();"],
    { cwd: service, stdio: 'ignore' },
  ).status === 0;

if (!loads()) {
  const require = createRequire(join(service, 'package.json'));
  const driver = dirname(require.resolve('better-sqlite3/package.json'));
  const nodePrefix = dirname(dirname(realpathSync(process.execPath)));
  const headers = existsSync(join(nodePrefix, 'include/node/node.h'))
    ? { npm_config_nodedir: nodePrefix }
    : {};
  log('building the SQLite driver of the example service (once; a minute or two) …');
  const started = Date.now();
  // The package's own script (`node-gyp rebuild --release`); npm puts its bundled node-gyp on the PATH.
  // The compiler's output is kept and shown only if the build fails.
  const result = spawnSync('npm', ['run', 'build-release', '--silent'], {
    cwd: driver,
    encoding: 'utf8',
    env: { ...process.env, ...headers },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 || !loads()) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    console.error(
      '[stadtkern] building better-sqlite3 failed (output above). It needs python3, make and a C++ compiler ' +
        '(Debian/Ubuntu: sudo apt-get install python3-minimal make g++).',
    );
    process.exit(1);
  }
  log(`SQLite driver built in ${Math.round((Date.now() - started) / 1000)} s`);
}
