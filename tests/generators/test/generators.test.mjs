// `pnpm gen component` and `pnpm gen theme` on a copy of this repository: the generated component's
// lint, types, unit tests, size budget, stories and browser a11y tests pass in the generated theme
// without edits; a theme with unreadable colours fails the build naming the pair.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
// A clean environment: no variables of the turbo run that started this test.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.startsWith('TURBO_')),
);
env.TURBO_TELEMETRY_DISABLED = '1';
let copy;

const run = (cmd, args, options = {}) =>
  execFileSync(cmd, args, {
    cwd: copy,
    env,
    encoding: 'utf8',
    stdio: 'pipe',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });

describe('generators', () => {
  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'sk-generators-'));
    // The working tree as git sees it (tracked and new files, without ignored ones such as node_modules).
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
      cwd: repoRoot,
    });
    execFileSync('tar', ['--null', '-T', '-', '-cf', join(copy, 'tree.tar')], {
      cwd: repoRoot,
      input: files,
    });
    execFileSync('tar', ['-xf', 'tree.tar'], { cwd: copy });
    execFileSync('rm', ['tree.tar'], { cwd: copy });
    run('git', ['init', '-q']);
    run('git', ['add', '-A']);
    run('git', [
      '-c',
      'user.email=gen@stadtkern.example',
      '-c',
      'user.name=gen',
      'commit',
      '-qm',
      'copy',
    ]);
    run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline']);
  });

  it('generates a component and a theme non-interactively', () => {
    run('pnpm', ['gen', 'component', '--args', 'Hinweisbox', 'Hebt einen kurzen Hinweis hervor.']);
    run('pnpm', ['gen', 'theme', '--args', 'koeln', 'Köln', '#e30613']);
    for (const file of [
      'packages/css/src/components/hinweisbox.css',
      'packages/react/src/Hinweisbox/Hinweisbox.tsx',
      'packages/react/src/Hinweisbox/Hinweisbox.test.tsx',
      'packages/react/src/Hinweisbox/Hinweisbox.stories.tsx',
      'packages/react/src/Hinweisbox/Hinweisbox.mdx',
      'packages/tokens/themes/koeln/brand.json',
      'packages/tokens/themes/koeln/theme.json',
    ]) {
      assert.ok(existsSync(join(copy, file)), `${file} was generated`);
    }
    assert.match(
      readFileSync(join(copy, 'packages/react/src/index.ts'), 'utf8'),
      /export \{ Hinweisbox \}/,
    );
    assert.match(
      readFileSync(join(copy, 'packages/react/.size-limit.json'), 'utf8'),
      /Hinweisbox alone/,
    );
  });

  it('passes lint, types, unit tests, budgets and the contrast gate without edits', () => {
    run('pnpm', [
      'turbo',
      'run',
      'lint',
      'typecheck',
      'test',
      'build',
      '--filter=@stadtkern/tokens',
      '--filter=@stadtkern/css',
      '--filter=@stadtkern/react',
      '--output-logs=errors-only',
    ]);
    const themes = JSON.parse(readFileSync(join(copy, 'packages/tokens/dist/themes.json'), 'utf8'));
    assert.ok(
      themes.some((t) => t.id === 'koeln'),
      'the new theme is built and listed for the Storybook toolbar',
    );
  });

  it('passes the story and axe tests in real Chromium in the new theme, light and dark', () => {
    const output = run('pnpm', [
      '--filter',
      '@stadtkern/storybook',
      'exec',
      'vitest',
      'run',
      'Hinweisbox',
      'Button.stories',
      '--project',
      'stories:koeln:light',
      '--project',
      'stories:koeln:dark',
    ]);
    // eslint-disable-next-line no-control-regex -- strip the colour codes of vitest's summary
    const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
    assert.match(plain, /Tests\s+\d+ passed \(\d+\)/);
    assert.doesNotMatch(plain, /failed/);
  });

  it('fails the build naming the pair when the new theme is unreadable', () => {
    const brandFile = join(copy, 'packages/tokens/themes/koeln/brand.json');
    const brand = JSON.parse(readFileSync(brandFile, 'utf8'));
    for (const step of Object.values(brand.brand.color.neutral)) step.$value = '#888888';
    writeFileSync(brandFile, JSON.stringify(brand, null, 2));
    const result = spawnSync('pnpm', ['--filter', '@stadtkern/tokens', 'run', 'build'], {
      cwd: copy,
      env,
      encoding: 'utf8',
    });
    assert.notEqual(result.status, 0);
    assert.match(
      `${result.stdout}${result.stderr}`,
      /contrast too low in theme "koeln" \(light\): color\.layout\.text\.default \(#888888\) on color\.layout\.background\.level-1/,
    );
  });
});
