// docs/kern-mapping.md maps every KERN component to Stadtkern. Checked against the built packages: every
// PascalCase name in backticks is an export of @stadtkern/react, every `.sk-…` root class has a stylesheet in
// @stadtkern/css, every `@stadtkern/web/…` module is an export of @stadtkern/web, and no row is still planned.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { repoRoot } from '../lib/pack.mjs';

const doc = readFileSync(join(repoRoot, 'docs/kern-mapping.md'), 'utf8');
const rows = doc.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));

it('has no gap: no row is planned or missing', () => {
  assert.ok(rows.length > 30, 'the table is there');
  for (const row of rows) assert.doesNotMatch(row, /geplant|fehlt/, row);
});

it('names only React components that @stadtkern/react exports', async () => {
  const react = await import(join(repoRoot, 'packages/react/dist/index.js'));
  const names = new Set([...doc.matchAll(/`([A-Z][A-Za-z]+)`/g)].map((m) => m[1]));
  assert.ok(names.has('Accordion') && names.has('Dialog'));
  for (const name of names) assert.equal(typeof react[name], 'object', `${name} is exported`);
});

it('names only CSS root classes that @stadtkern/css ships', () => {
  const classes = new Set(
    [...doc.matchAll(/`\.sk-([a-z]+(?:-[a-z]+)*)(?:__[a-z-]+|--[a-z0-9-]+)*`/g)].map((m) => m[1]),
  );
  for (const name of classes)
    assert.ok(
      existsSync(join(repoRoot, `packages/css/dist/components/${name}.css`)),
      `.sk-${name} has packages/css/dist/components/${name}.css`,
    );
});

it('names only @stadtkern/web modules that the package exports', () => {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'packages/web/package.json'), 'utf8'));
  for (const [, module] of doc.matchAll(/`@stadtkern\/web\/([a-z-]+)`/g))
    assert.ok(`./${module}` in manifest.exports, `@stadtkern/web/${module} is exported`);
});
