#!/usr/bin/env node
// First-run set-up for a machine that has only Node.js and npm:
// checks Node, installs the pinned pnpm if needed, installs the workspace from the lockfile,
// and installs the Debian packages it needs (a C++ compiler for the example service's SQLite driver, Chromium
// for the browser tests, reuse) when they are missing and we may. The install does not compile the SQLite driver
// (pnpm-workspace.yaml): scripts/sqlite-driver.mjs does, quietly, when the example service first starts or is
// tested, so whoever only wants Storybook neither waits for it nor reads its compiler warnings.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const pnpmVersion = pkg.packageManager.split('@')[1];
const log = (msg) => console.log(`[stadtkern setup] ${msg}`);

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Stadtkern needs Node.js >= 20.19 (found ${process.versions.node}).`);
  process.exit(1);
}
const recommended = readFileSync(new URL('../.nvmrc', import.meta.url), 'utf8').trim();
if (major < Number.parseInt(recommended, 10)) {
  log(
    `Node.js ${process.versions.node} works, but contributors and CI use Node.js ${recommended} ` +
      '(.nvmrc; `nvm use` switches to it).',
  );
}

const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`[stadtkern setup] failed: ${cmd} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
};

let current = '';
try {
  current = execSync('pnpm --version', {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
} catch {
  current = '';
}
if (current !== pnpmVersion) {
  log(`installing pnpm ${pnpmVersion} with npm (found: ${current || 'none'})`);
  // pnpm's install script links its platform binary. npm 11 runs it only with approval and warns
  // otherwise; older npm versions do not know the option (`npm config get` answers "undefined").
  const knowsAllowScripts =
    execSync('npm config get allow-scripts', { encoding: 'utf8' }).trim() !== 'undefined';
  run('npm', [
    'install',
    '--global',
    ...(knowsAllowScripts ? ['--allow-scripts=pnpm'] : []),
    `pnpm@${pnpmVersion}`,
  ]);
}

// Debian packages: a compiler for the example service's SQLite driver (better-sqlite3 is built from
// source, as no prebuilt binary may be downloaded; scripts/sqlite-driver.mjs builds it on first use), Chromium
// for the browser tests, reuse for the licence check.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasCommand = (command) => !spawnSync(command, ['--version'], { stdio: 'ignore' }).error;
const missing = [
  ...(hasCommand('python3') ? [] : ['python3-minimal']),
  ...(hasCommand('make') ? [] : ['make']),
  ...(hasCommand('g++') ? [] : ['g++']),
  ...(existsSync(chromium) ? [] : ['chromium']),
  ...(spawnSync('reuse', ['--version'], { stdio: 'ignore' }).error ? ['reuse'] : []),
];
if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    log(`installing Debian packages for the tests: ${missing.join(', ')}`);
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', '--no-install-recommends', ...missing]);
  } else {
    log(
      `missing for the tests: ${missing.join(', ')}. Install them with your distribution's packages ` +
        `(Debian/Ubuntu: sudo apt-get install ${missing.join(' ')}); for Chromium you can also set CHROMIUM_PATH.`,
    );
  }
}
log('installing dependencies from pnpm-lock.yaml');
run('pnpm', ['install', '--frozen-lockfile']);
log('done');
