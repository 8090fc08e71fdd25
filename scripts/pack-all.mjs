#!/usr/bin/env node
// `pnpm pack:all [folder]`: builds every public package and writes its tarball, packed as publishing would
// pack it (workspace: ranges become versions), into one folder (default: stadtkern-packs in the system's
// temporary folder; outside the repository, so no tarball is linted or committed), to try the packages in an
// application before a release (CONTRIBUTING.md, "Trying the packages in your own app").
// Which packages are public is read from their package.json files (scripts/lib/workspace.mjs).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { packPackages, publicPackages, repoRoot } from './lib/workspace.mjs';

const destination = resolve(process.argv[2] ?? join(tmpdir(), 'stadtkern-packs'));
const packages = publicPackages();

execFileSync(
  'pnpm',
  [
    'exec',
    'turbo',
    'run',
    'build',
    ...packages.map((pkg) => `--filter=${pkg.name}`),
    '--output-logs=errors-only',
  ],
  { cwd: repoRoot, stdio: 'inherit' },
);

mkdirSync(destination, { recursive: true });
// Tarballs of an earlier run would be installed along with the new ones by `npm install <folder>/*.tgz`.
for (const file of readdirSync(destination))
  if (file.endsWith('.tgz')) rmSync(resolve(destination, file));

const packed = packPackages(destination, packages);
console.log(`\nPacked ${packed.length} packages into ${destination}:`);
for (const { name, tarball } of packed) console.log(`  ${name.padEnd(20)} ${basename(tarball)}`);
console.log(`\nIn your application: npm install ${join(destination, '*.tgz')}`);
