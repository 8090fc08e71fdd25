// Lists that cannot import the derived package list (JSON, Markdown, package.json) must name the same
// public packages as scripts/lib/workspace.mjs: every non-private package under packages/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { publicPackages, repoRoot } from '../../../scripts/lib/workspace.mjs';

const names = publicPackages().map((pkg) => pkg.name);
const sorted = (list) => [...list].sort();
const readJson = (path) => JSON.parse(readFileSync(join(repoRoot, path), 'utf8'));

describe('the public package list', () => {
  it('is derived from packages/*/package.json and is not empty', () => {
    assert.ok(names.length > 0, 'no public package found under packages/');
    for (const name of names) assert.match(name, /^@stadtkern\/[a-z][a-z0-9-]*$/);
  });

  it('is the one fixed release group in .changeset/config.json', () => {
    const { fixed } = readJson('.changeset/config.json');
    assert.equal(fixed.length, 1, '.changeset/config.json must have exactly one fixed group');
    assert.deepEqual(
      sorted(fixed[0]),
      sorted(names),
      'the fixed group in .changeset/config.json must list every public package under packages/, and only those',
    );
  });

  it('is built before the package tests pack it (devDependencies of tests/packages)', () => {
    const { devDependencies } = readJson('tests/packages/package.json');
    const missing = names.filter((name) => devDependencies[name] !== 'workspace:*');
    assert.deepEqual(
      missing,
      [],
      'add these as "workspace:*" devDependencies of tests/packages, so Turborepo builds them first',
    );
  });

  it('is the public part of the README package table', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const section = readme.split(/^## Packages$/m)[1]?.split(/^## /m)[0];
    assert.ok(section, 'README.md has no "## Packages" section');
    const rows = section.split('\n').filter((line) => line.startsWith('| `@stadtkern/'));
    const listed = rows
      .filter((row) => !row.includes('(private)'))
      .map((row) => /^\| `(@stadtkern\/[^`]+)`/.exec(row)[1]);
    assert.deepEqual(sorted(listed), sorted(names), 'README.md "## Packages" table');
  });
});
