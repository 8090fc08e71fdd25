// The theme selection of the story suites (scripts/lib/story-themes.mjs, docs/accessibility.md „Theme
// coverage“): KERN always, one further theme per run by rotation, a merge request's changed theme folders, the
// SK_STORY_THEMES override; and the suites and the pipeline use it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import {
  REFERENCE_THEME,
  changedThemes,
  selectStoryThemes,
  storyThemes,
  themeIds,
} from '../../../scripts/lib/story-themes.mjs';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const read = (/** @type {string} */ file) => readFileSync(`${repoRoot}${file}`, 'utf8');
const ids = ['bremen', 'hamburg', 'kern', 'koeln', 'muenchen'];

describe('story-themes', () => {
  it('lists the theme folders, as the token build does', () => {
    const built = createRequire(import.meta.url)('@stadtkern/tokens/themes.json');
    assert.deepEqual(themeIds(), built.map((/** @type {{ id: string }} */ t) => t.id).sort());
  });

  it('runs KERN and the first further theme when nothing is selected (a plain local run)', () => {
    assert.deepEqual(storyThemes({ env: {}, ids }), ['kern', 'bremen']);
  });

  it('takes SK_STORY_THEMES: named themes plus KERN, all, only, and fails on an unknown id', () => {
    assert.deepEqual(storyThemes({ env: { SK_STORY_THEMES: 'koeln' }, ids }), ['kern', 'koeln']);
    assert.deepEqual(storyThemes({ env: { SK_STORY_THEMES: 'kern' }, ids }), ['kern']);
    assert.deepEqual(storyThemes({ env: { SK_STORY_THEMES: 'all' }, ids }), [
      'kern',
      'bremen',
      'hamburg',
      'koeln',
      'muenchen',
    ]);
    assert.deepEqual(storyThemes({ env: { SK_STORY_THEMES: 'only:koeln' }, ids }), ['koeln']);
    assert.throws(
      () => storyThemes({ env: { SK_STORY_THEMES: 'koln' }, ids }),
      /unknown theme.*koln/,
    );
  });

  it('covers every further theme in (number of themes − 1) consecutive runs, one per run', () => {
    const further = ids.filter((id) => id !== REFERENCE_THEME);
    for (const start of [0, 7, 1000]) {
      const seen = further.map((_, i) =>
        selectStoryThemes({ rotation: start + i, ids }).value.split(','),
      );
      for (const selection of seen) assert.equal(selection[0], REFERENCE_THEME);
      assert.ok(seen.every((selection) => selection.length === 2));
      assert.deepEqual(seen.map((selection) => selection[1]).sort(), further);
    }
  });

  it('a merge request runs the themes whose folders it changes, else the rotation', () => {
    const files = [
      'packages/tokens/themes/koeln/brand.json',
      'packages/tokens/themes/bremen/theme.json',
      'packages/tokens/themes/kern/brand.json',
      'packages/tokens/src/semantic/light.json',
      '.changeset/koeln.md',
    ];
    assert.deepEqual(changedThemes(files, ids), ['bremen', 'kern', 'koeln']);
    assert.equal(
      selectStoryThemes({ changedFiles: files, rotation: 3, ids }).value,
      'kern,bremen,koeln',
    );
    assert.equal(
      selectStoryThemes({
        changedFiles: ['packages/react/src/Button/Button.tsx'],
        rotation: 3,
        ids,
      }).value,
      'kern,muenchen',
    );
  });

  it('as a command prints a given selection unchanged', () => {
    const out = execFileSync('node', [`${repoRoot}scripts/lib/story-themes.mjs`], {
      env: { ...process.env, SK_STORY_THEMES: 'all' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    assert.equal(out.trim(), 'all');
  });

  it('is what .ci/run exports before the test command, and part of the Storybook tasks’ cache key', () => {
    const run = read('.ci/run');
    assert.match(run, /SK_STORY_THEMES="\$\(node scripts\/lib\/story-themes\.mjs\)"/);
    assert.ok(run.indexOf('story-themes.mjs') < run.indexOf('set -- pnpm test'));
    const turbo = JSON.parse(read('apps/storybook/turbo.json'));
    for (const task of ['test', 'test:browser'])
      assert.ok(turbo.tasks[task].env.includes('SK_STORY_THEMES'), task);
  });

  it('is used by every suite that runs stories in themes', () => {
    for (const file of [
      'apps/storybook/vitest.config.ts',
      'apps/storybook/test/criteria.test.mjs',
      'apps/storybook/test/docs-a11y.test.mjs',
      'apps/storybook/test/behaviours.test.mjs',
      'apps/storybook/test/published.test.mjs',
    ])
      assert.match(read(file), /storyThemes\(\)/, file);
  });
});
