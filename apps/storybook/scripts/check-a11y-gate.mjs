#!/usr/bin/env node
// Proves the accessibility gate is real: runs the story tests on fixtures with known violations (axe
// rules, and the focus-appearance check of test/focus) and fails unless every fixture story fails with
// exactly its expected message. If someone turned a check off or down to a warning, the fixtures would
// pass and this script would fail.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('..', import.meta.url));
/** Fixture story → a text its failure must contain: `(rule)` for axe, the check's wording otherwise. */
const expected = {
  UnlabelledInput: '(label)',
  LowContrast: '(color-contrast)',
  NoFocusIndicator: 'no visible focus indicator',
  FaintFocusIndicator: 'focus indicator has 1.',
  HiddenFocus: 'hidden behind div.sk-fixture-banner',
};
const projects = ['stories:kern:light', 'stories:kern:dark'];
const outputFile = join(mkdtempSync(join(tmpdir(), 'sk-a11y-gate-')), 'results.json');

const run = spawnSync(
  'pnpm',
  [
    'exec',
    'vitest',
    'run',
    'test/a11y-fixtures',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=json',
    `--outputFile=${outputFile}`,
  ],
  // The fixtures run in the reference theme, whichever themes the story tests ran in (SK_STORY_THEMES).
  {
    cwd: appDir,
    env: { ...process.env, SK_A11Y_FIXTURES: '1', SK_STORY_THEMES: 'kern' },
    encoding: 'utf8',
  },
);

const problems = [];
let report;
try {
  report = JSON.parse(readFileSync(outputFile, 'utf8'));
} catch {
  console.error(run.stdout, run.stderr);
  console.error('a11y gate: vitest wrote no report');
  process.exit(1);
}
if (run.status === 0)
  problems.push('the story tests passed although the fixtures contain known violations');

const results = report.testResults.flatMap((file) => file.assertionResults);
/** Storybook names tests after the story export: `UnlabelledInput` runs as "Unlabelled Input". */
const title = (story) => story.replace(/([a-z])([A-Z])/g, '$1 $2');
for (const [story, text] of Object.entries(expected)) {
  const runs = results.filter((r) => r.title === title(story));
  if (runs.length !== projects.length) {
    problems.push(
      `fixture story ${story} ran ${runs.length} times, expected once per project (${projects.length})`,
    );
  }
  for (const r of runs) {
    const messages = (r.failureMessages ?? []).join('\n');
    if (r.status !== 'failed')
      problems.push(`${story}: expected a failing a11y check, got "${r.status}"`);
    else if (!messages.includes(text)) {
      problems.push(`${story}: failed, but not with "${text}":\n${messages.slice(0, 500)}`);
    }
  }
}
const failedCount = results.filter((r) => r.status === 'failed').length;
const expectedCount = projects.length * Object.keys(expected).length;
if (failedCount !== expectedCount)
  problems.push(`expected ${expectedCount} failing fixture tests, saw ${failedCount}`);

if (problems.length > 0) {
  console.error(`a11y gate is NOT working:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `a11y gate: ${failedCount} fixture stories failed with their expected messages (${Object.values(expected).join('; ')}) in ${projects.join(', ')}: 0 passed, ${failedCount} expected failures.`,
);
