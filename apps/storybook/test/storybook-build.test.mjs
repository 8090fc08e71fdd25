// Checks the published Storybook build: the welcome page, the stage table and stories are listed,
// the accessibility fixtures (test/a11y-fixtures) are not shipped, and Storybook's own onboarding
// checklist is switched off.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { test } from 'node:test';

const built = (path) => readFile(new URL(`../storybook-static/${path}`, import.meta.url), 'utf8');
const index = JSON.parse(await built('index.json'));
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

test('lists the generated stage table at the id the stage badges link to', async () => {
  const badge = await readFile(new URL('../src/blocks/StageBadge.tsx', import.meta.url), 'utf8');
  const path = /STAGE_TABLE_PATH = '\/docs\/([^']+)'/.exec(badge)?.[1];
  assert.ok(path, 'StageBadge.tsx defines STAGE_TABLE_PATH');
  assert.ok(
    entries.some((e) => e.type === 'docs' && e.id === path && e.title === 'Komponenten/Stufen'),
  );
});

test('shows no onboarding checklist', async () => {
  const manager = await built('index.html');
  assert.match(manager, /"sidebarOnboardingChecklist": false/);
  assert.match(manager, /"menuOnboardingChecklist": false/);
});

test('is branded Stadtkern: its mark, favicon and name, from files in the build (relative URLs)', async () => {
  const manager = await built('index.html');
  assert.match(manager, /<link rel="icon" type="image\/svg\+xml" href="\.\/stadtkern\.svg"/);
  assert.match(await built('stadtkern.svg'), /<svg[^>]+aria-label="Stadtkern"/);
  assert.match(await built('stadtkern-logo.svg'), /<svg[^>]+aria-label="Stadtkern"/);
  const addons = await readdir(new URL('../storybook-static/sb-addons', import.meta.url), {
    recursive: true,
  });
  const sources = await Promise.all(
    addons.filter((f) => f.endsWith('.js')).map((f) => built(`sb-addons/${f}`)),
  );
  // The manager theme (manager.ts), as the minifier wrote it.
  assert.ok(
    sources.some(
      (s) =>
        /brandTitle:"Stadtkern [^"]+Verwaltung"/.test(s) &&
        s.includes('brandImage:"./stadtkern-logo.svg"'),
    ),
    'brandTitle and brandImage are in the built manager',
  );
});
