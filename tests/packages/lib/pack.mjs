// Packs every public package with pnpm (as publishing would: workspace: ranges become versions)
// into one temporary folder, once per test process. Which packages are public is read from their
// package.json files (scripts/lib/workspace.mjs), so a new public package is tested without edits here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packPackages, publicPackages, repoRoot } from '../../../scripts/lib/workspace.mjs';

export { repoRoot };
/** Folder names under packages/ of the public packages, e.g. `['css', 'react', 'tokens', 'utils']`. */
export const PUBLIC_PACKAGES = publicPackages().map((pkg) => pkg.folder);

let packed;

/** @returns {Record<string, { name: string, dir: string, tarball: string }>} keyed by folder name */
export function packAll() {
  if (packed) return packed;
  const dest = mkdtempSync(join(tmpdir(), 'sk-packs-'));
  packed = Object.fromEntries(
    packPackages(dest).map(({ folder, name, dir, tarball }) => [folder, { name, dir, tarball }]),
  );
  return packed;
}

/** File paths inside a tarball, without the leading "package/". */
export function tarballFiles(tarball) {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((f) => f.replace(/^package\//, ''));
}

/** `file:` dependencies on the packed tarballs of the given packages (folder names; default: all). */
export function tarballDependencies(folders = PUBLIC_PACKAGES) {
  const packs = packAll();
  return Object.fromEntries(
    folders.map((folder) => {
      const pack = packs[folder];
      if (!pack) throw new Error(`no public package in packages/${folder}`);
      return [pack.name, `file:${pack.tarball}`];
    }),
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
