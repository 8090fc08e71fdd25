#!/usr/bin/env node
// `pnpm test:theme <id> [<id> …]` or `pnpm test:theme --changed` (repository root): what a city theme can change, and only that — the job of a
// theme's merge request (.gitlab-ci.yml, .github/workflows/ci.yml; docs/accessibility.md, „Theme coverage“):
//   1. the token build with its contrast gate (@stadtkern/tokens);
//   2. the Storybook build (it shows the theme);
//   3. every story in the theme, light and dark: axe and focus appearance (vitest, test:browser's story tests);
//   4. the beyond-axe checks of every story in the theme (reflow, text spacing, 200 % text, accessibility tree);
//   5. axe on every docs page in the theme, light and dark; the published build's font;
//   6. the theme's small visual set (test/visual.test.mjs with SK_VISUAL_THEMES).
// Not the rest of `pnpm test`: the reference theme KERN, forced colours, the behaviour specs (keyboard and state
// come from shared markup and JavaScript, which no theme changes) and the packages' own tests do not depend on a
// city theme. Keeps a new city's pipeline under 10 minutes at 100 themes (docs/performance.md). SK_UPDATE_VISUAL=1 records the theme's baselines (a new theme's merge request commits them).
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { themeIds } from '../../../scripts/lib/story-themes.mjs';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const selection = fileURLToPath(new URL('../../../scripts/lib/story-themes.mjs', import.meta.url));
let args = process.argv.slice(2);
if (args.includes('--changed')) {
  // A merge request's pipeline: the themes whose folders it changes.
  const changed = execFileSync('node', [selection, '--changed'], { encoding: 'utf8' }).trim();
  if (!changed) {
    console.log('[test:theme] the merge request changes no theme folder: nothing to do');
    process.exit(0);
  }
  args = [changed];
}
const ids = args.flatMap((arg) => arg.split(',')).filter(Boolean);
const known = themeIds();
if (ids.length === 0 || ids.some((id) => !known.includes(id))) {
  console.error(
    `usage: pnpm test:theme <id> [<id> …] — a folder of packages/tokens/themes (${known.join(', ')})`,
  );
  process.exit(2);
}

const env = {
  ...process.env,
  SK_STORY_THEMES: `only:${ids.join(',')}`,
  SK_VISUAL_THEMES: ids.join(','),
};
const steps = [
  [
    'token build and contrast gate',
    'pnpm',
    ['turbo', 'run', 'build', '--filter=@stadtkern/tokens', '--output-logs=errors-only'],
  ],
  [
    'Storybook build',
    'pnpm',
    ['turbo', 'run', 'build', '--filter=@stadtkern/storybook', '--output-logs=errors-only'],
  ],
  ['story tests (axe, focus appearance)', 'pnpm', ['exec', 'vitest', 'run']],
  [
    'beyond axe, docs pages, published build, visual set',
    'node',
    [
      '--test',
      '--test-concurrency=1',
      'test/criteria.test.mjs',
      'test/docs-a11y.test.mjs',
      'test/published.test.mjs',
      'test/visual.test.mjs',
    ],
  ],
];

const started = Date.now();
const failed = [];
for (const [label, command, args] of steps) {
  const t = Date.now();
  console.log(`\n[test:theme ${ids.join(',')}] ${label}: ${command} ${args.join(' ')}`);
  const run = spawnSync(command, args, { cwd: appDir, env, stdio: 'inherit' });
  const seconds = ((Date.now() - t) / 1000).toFixed(0);
  console.log(`[test:theme] ${label}: ${run.status === 0 ? 'passed' : 'FAILED'} in ${seconds} s`);
  if (run.status !== 0) {
    failed.push(label);
    // Nothing after a failed build would test the theme.
    if (label.endsWith('build') || label.includes('gate')) break;
  }
}
const total = ((Date.now() - started) / 1000).toFixed(0);
if (failed.length > 0) {
  console.error(`[test:theme] failed: ${failed.join('; ')} (${total} s)`);
  process.exit(1);
}
console.log(`[test:theme] theme ${ids.join(', ')}: everything passed in ${total} s`);
