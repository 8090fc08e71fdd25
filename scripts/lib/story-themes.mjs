#!/usr/bin/env node
// Which city themes the story suites run in (docs/accessibility.md, „Theme coverage“). Every story runs in the
// reference theme (KERN, light and dark) and in ONE further theme per run, so the suites' run time does not grow
// with the number of themes; the token build's contrast gate proves every theme's colour pairs.
//
// The suites (apps/storybook: vitest.config.ts and test/*.test.mjs) read only SK_STORY_THEMES, so that the
// selection is one variable that turbo puts into the cache key (apps/storybook/turbo.json `env`):
//   unset                      KERN + the first further theme (alphabetical): a plain local `pnpm test` is
//                              deterministic
//   SK_STORY_THEMES=muenchen   KERN + the themes named (comma-separated; KERN is always added)
//   SK_STORY_THEMES=all        every theme (the run before issue #31)
//   SK_STORY_THEMES=kern       the reference theme only
//   SK_STORY_THEMES=only:koeln exactly the themes named, without KERN (`pnpm test:theme koeln`)
//
// .ci/run computes SK_STORY_THEMES before it calls the README's test command, with this file as a command
// (`node scripts/lib/story-themes.mjs` prints the value):
//   - a merge request (SK_STORY_BASE, or GitLab's CI_MERGE_REQUEST_DIFF_BASE_SHA, or HEAD^1 in a GitHub
//     pull_request's merge commit, checked out with fetch-depth 2) that changes packages/tokens/themes/<id>/ runs
//     every story in those themes;
//   - otherwise the rotation: run number n (SK_STORY_ROTATION, or CI_PIPELINE_IID, or GITHUB_RUN_NUMBER) picks
//     further theme n mod (number of further themes), so any (number of themes − 1) consecutive runs cover every
//     theme.
// The theme list is read from the theme folders (packages/tokens/themes/<id>/theme.json), not from the build's
// themes.json: .ci/run computes the selection before anything is built.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The theme every story runs in, light and dark, in every run. */
export const REFERENCE_THEME = 'kern';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const THEME_FOLDER = /^packages\/tokens\/themes\/([^/]+)\//;

/** Every theme id: the folders of packages/tokens/themes that hold a theme.json, sorted. */
export function themeIds(root = repoRoot) {
  const dir = join(root, 'packages/tokens/themes');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'theme.json')))
    .map((entry) => entry.name)
    .sort();
}

/** The themes other than the reference, in rotation order. */
export function furtherThemes(ids = themeIds()) {
  return ids.filter((id) => id !== REFERENCE_THEME);
}

/**
 * The themes the story suites run in, reference first: parsed from SK_STORY_THEMES (see the top of this file).
 * Throws on an unknown theme id, so that a typo does not silently test less.
 * @param {{ env?: Record<string, string | undefined>, ids?: string[] }} [options]
 * @returns {string[]}
 */
export function storyThemes({ env = process.env, ids = themeIds() } = {}) {
  const given = (env.SK_STORY_THEMES ?? '').trim();
  if (given === 'all') return [REFERENCE_THEME, ...furtherThemes(ids)];
  if (given === '') return [REFERENCE_THEME, ...furtherThemes(ids).slice(0, 1)];
  const only = given.startsWith('only:');
  const value = only ? given.slice('only:'.length) : given;
  const named = value
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const unknown = named.filter((id) => !ids.includes(id));
  if (unknown.length > 0)
    throw new Error(
      `SK_STORY_THEMES names unknown theme(s) ${unknown.join(', ')}; themes: ${ids.join(', ')}`,
    );
  if (only) return ids.filter((id) => named.includes(id));
  return [REFERENCE_THEME, ...furtherThemes(ids).filter((id) => named.includes(id))];
}

/** The theme ids whose folder a list of changed paths (relative to the repository root) touches. */
export function changedThemes(files, ids = themeIds()) {
  const changed = new Set();
  for (const file of files) {
    const id = THEME_FOLDER.exec(file)?.[1];
    if (id && ids.includes(id)) changed.add(id);
  }
  return [...changed].sort();
}

/**
 * What .ci/run exports as SK_STORY_THEMES: the changed theme folders of a merge request, else the rotation.
 * @param {{ changedFiles?: string[], rotation?: number, ids?: string[] }} input
 * @returns {{ value: string, reason: string }}
 */
export function selectStoryThemes({ changedFiles, rotation = 0, ids = themeIds() }) {
  const further = furtherThemes(ids);
  // KERN runs anyway: a merge request that changes only KERN's folder gets the rotation's further theme too.
  const changed = changedFiles
    ? changedThemes(changedFiles, ids).filter((id) => id !== REFERENCE_THEME)
    : [];
  if (changed.length > 0)
    return {
      value: [REFERENCE_THEME, ...changed].join(','),
      reason: `the merge request changes packages/tokens/themes/{${changed.join(',')}}`,
    };
  if (further.length === 0) return { value: REFERENCE_THEME, reason: 'no further theme' };
  const n = ((Math.trunc(rotation) % further.length) + further.length) % further.length;
  return {
    value: [REFERENCE_THEME, further[n]].join(','),
    reason: `rotation: run ${rotation} → further theme ${n + 1} of ${further.length}`,
  };
}

/** The files changed between a base commit and HEAD, or undefined when git cannot tell (base not fetched). */
function changedSince(base) {
  const diff = () =>
    execFileSync('git', ['diff', '--name-only', `${base}...HEAD`], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  try {
    return diff().split('\n').filter(Boolean);
  } catch {
    // A shallow clone may lack the base commit: fetch just that one, then try again.
    try {
      execFileSync('git', ['fetch', '--quiet', '--depth=1', 'origin', base], {
        cwd: repoRoot,
        stdio: 'ignore',
      });
      return diff().split('\n').filter(Boolean);
    } catch {
      return undefined;
    }
  }
}

/** The merge request's base commit from the CI's variables, or '' outside a merge request. */
function baseOf(env) {
  return (
    env.SK_STORY_BASE ||
    env.CI_MERGE_REQUEST_DIFF_BASE_SHA ||
    (env.GITHUB_EVENT_NAME === 'pull_request' ? 'HEAD^1' : '')
  );
}

// As a command: print the selection for .ci/run (the reason goes to stderr); with --changed, the themes whose
// folders the merge request changes (comma-separated, empty when none), for `pnpm test:theme --changed`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const env = process.env;
  const base = baseOf(env);
  if (process.argv.includes('--changed')) {
    const files = base ? changedSince(base) : undefined;
    if (!files) {
      console.error(`[story-themes] no merge request base to compare with (${base || 'none'})`);
      process.exit(1);
    }
    console.log(changedThemes(files).join(','));
  } else if (env.SK_STORY_THEMES) {
    storyThemes({ env }); // fails on an unknown id
    console.error(`[story-themes] SK_STORY_THEMES=${env.SK_STORY_THEMES} (given)`);
    console.log(env.SK_STORY_THEMES);
  } else {
    const changedFiles = base ? changedSince(base) : undefined;
    if (base && !changedFiles)
      console.error(`[story-themes] cannot diff against ${base}: using the rotation`);
    const rotation = Number(
      env.SK_STORY_ROTATION || env.CI_PIPELINE_IID || env.GITHUB_RUN_NUMBER || 0,
    );
    const { value, reason } = selectStoryThemes({
      changedFiles,
      rotation: Number.isFinite(rotation) ? rotation : 0,
    });
    console.error(`[story-themes] SK_STORY_THEMES=${value} (${reason})`);
    console.log(value);
  }
}
