// Packs every public package with pnpm (as publishing would: workspace: ranges become versions)
// into one temporary folder, once per test process.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const PUBLIC_PACKAGES = ['tokens', 'css', 'react', 'utils'];

let packed;

/** @returns {Record<string, { dir: string, tarball: string }>} */
export function packAll() {
  if (packed) return packed;
  const dest = mkdtempSync(join(tmpdir(), 'sk-packs-'));
  packed = {};
  for (const name of PUBLIC_PACKAGES) {
    const dir = join(repoRoot, 'packages', name);
    execFileSync('pnpm', ['pack', '--pack-destination', dest], { cwd: dir, stdio: 'pipe' });
    const tarball = readdirSync(dest).find((f) => f.startsWith(`stadtkern-${name}-`));
    if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${name}`);
    packed[name] = { dir, tarball: join(dest, tarball) };
  }
  return packed;
}

/** File paths inside a tarball, without the leading "package/". */
export function tarballFiles(tarball) {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((f) => f.replace(/^package\//, ''));
}

/** `file:` dependencies on the packed tarballs of the given packages (default: all). */
export function tarballDependencies(names = PUBLIC_PACKAGES) {
  const packs = packAll();
  return Object.fromEntries(
    names.map((name) => [`@stadtkern/${name}`, `file:${packs[name].tarball}`]),
  );
}

/**
 * A fresh consumer project in a temporary folder: writes its package.json and installs it with npm
 * from the registry and the tarballs, without a lockfile. Returns the folder.
 * @param {string} name @param {Record<string, string>} dependencies
 * @param {{ type?: 'module', ignoreScripts?: boolean }} [options]
 */
export function installConsumer(name, dependencies, { type, ignoreScripts = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), `sk-${name}-`));
  const manifest = { name, private: true, ...(type ? { type } : {}), dependencies };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  const flags = [
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    ...(ignoreScripts ? ['--ignore-scripts'] : []),
  ];
  execFileSync('npm', ['install', ...flags], {
    cwd: dir,
    stdio: 'pipe',
    env: { ...process.env, npm_config_package_lock: 'false' },
  });
  return dir;
}
