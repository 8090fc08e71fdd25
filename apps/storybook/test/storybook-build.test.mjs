// Checks the published Storybook build: the welcome page and stories are listed,
// and the accessibility fixtures (test/a11y-fixtures) are not shipped.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

const index = JSON.parse(
  await readFile(new URL('../storybook-static/index.json', import.meta.url), 'utf8'),
);
const entries = Object.values(index.entries);

test('lists the German welcome page', () => {
  assert.ok(entries.some((e) => e.type === 'docs' && e.title === 'Willkommen'));
});

test('lists component stories', () => {
  const stories = entries.filter((e) => e.type === 'story');
  assert.ok(stories.length > 0);
  assert.ok(stories.some((e) => e.title === 'Komponenten/Aktionen/Button'));
});

test('does not ship the accessibility fixtures', () => {
  const fixtures = entries.filter(
    (e) => e.title.startsWith('Testfälle') || e.importPath.includes('a11y-fixtures'),
  );
  assert.deepEqual(fixtures, []);
});
