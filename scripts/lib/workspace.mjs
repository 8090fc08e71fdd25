// Facts about the workspace, read from its package.json files so that no list has to be kept by hand.
// Used by the package tests (tests/packages) and the benchmark (bench/run.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * @typedef {object} WorkspacePackage
 * @property {string} name      package name, e.g. `@stadtkern/css`
 * @property {string} folder    folder under packages/, e.g. `css`
 * @property {string} dir       absolute path of the package folder
 * @property {Record<string, any>} manifest  its package.json
 */

/**
 * The public packages: every package under packages/ whose package.json is not `"private": true`.
 * A new folder there with a public package.json is picked up without any other edit.
 * @returns {WorkspacePackage[]} sorted by folder name
 */
export function publicPackages() {
  const packagesDir = join(repoRoot, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')),
    )
    .map((entry) => {
      const dir = join(packagesDir, entry.name);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (typeof manifest.name !== 'string')
        throw new Error(`packages/${entry.name}/package.json has no "name"`);
      return { name: manifest.name, folder: entry.name, dir, manifest };
    })
    .filter((pkg) => pkg.manifest.private !== true)
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

/**
 * Packs packages with `pnpm pack` as publishing would (workspace: ranges become versions).
 * @param {string} destination folder for the tarballs
 * @param {WorkspacePackage[]} [packages] default: every public package
 * @returns {(WorkspacePackage & { tarball: string })[]}
 */
export function packPackages(destination, packages = publicPackages()) {
  return packages.map((pkg) => {
    const output = execFileSync('pnpm', ['pack', '--json', '--pack-destination', destination], {
      cwd: pkg.dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const { filename } = JSON.parse(output);
    if (typeof filename !== 'string' || !existsSync(filename))
      throw new Error(
        `pnpm pack wrote no tarball for ${pkg.name} (output: ${output.slice(0, 200)})`,
      );
    return { ...pkg, tarball: filename };
  });
}
