#!/usr/bin/env node
// Repository checks: REUSE compliance (every file has copyright and licence information), publiccode.yml
// (the keys its schema requires, per the Standard for Public Code) and the conventions in
// scripts/lib/repo-checks.mjs (task inputs are sources only, no import into another package's internals,
// no decision on a message's text).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  GENERATED_FOLDERS,
  SOURCE_FILE,
  crossPackageInternalImports,
  generatedTaskInputs,
  messageTextBranching,
} from './lib/repo-checks.mjs';

const problems = [];
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

// `reuse lint` walks the working tree. Under `turbo run`, builds in other packages create and delete
// files (bundler temp files, dist folders) while it walks, which makes it fail on files that vanish
// mid-scan. So it lints a snapshot instead: every file git would commit (tracked or untracked, not
// ignored), copied to a temporary folder. Outside a git checkout there is no such list (reuse would
// walk node_modules), so the check says so and fails.
/**
 * Every file git would commit (tracked, or untracked and not ignored) that exists in the working tree;
 * undefined outside a git checkout. The REUSE snapshot and the source checks below read this one list.
 */
function committedFiles() {
  const listed = spawnSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (listed.status !== 0) return undefined;
  // A file deleted in the working tree but not yet committed is listed too: skip it.
  return listed.stdout.split('\0').filter((file) => file && existsSync(join(repoRoot, file)));
}
const committed = committedFiles();

function reuseRoot() {
  if (committed === undefined) return undefined;
  const copy = mkdtempSync(join(tmpdir(), 'sk-reuse-'));
  for (const file of committed) {
    const from = join(repoRoot, file);
    const to = join(copy, file);
    mkdirSync(dirname(to), { recursive: true });
    cpSync(from, to);
  }
  return {
    root: copy,
    snapshot: true,
    cleanup: () => rmSync(copy, { recursive: true, force: true }),
  };
}

const snapshot = reuseRoot();
if (snapshot === undefined) {
  problems.push('the REUSE check needs a git checkout: it lints the files git would commit.');
} else {
  const { root, cleanup } = snapshot;
  try {
    const reuse = spawnSync('reuse', ['--root', root, 'lint'], { encoding: 'utf8' });
    if (reuse.error) {
      problems.push(
        'the `reuse` tool is missing: install it (Debian: apt-get install reuse), then run `reuse lint`.',
      );
    } else if (reuse.status !== 0) {
      // Report paths relative to the repository, not to the snapshot.
      const output = `${reuse.stdout}${reuse.stderr}`.replaceAll(`${root}/`, '');
      problems.push(`reuse lint failed:\n${output}`);
    }
  } finally {
    cleanup();
  }
}

const doc = parse(readFileSync(new URL('../publiccode.yml', import.meta.url), 'utf8'));
const get = (path) =>
  path.split('.').reduce((node, key) => (node == null ? undefined : node[key]), doc);
const required = [
  'publiccodeYmlVersion',
  'name',
  'url',
  'platforms',
  'categories',
  'developmentStatus',
  'softwareType',
  'legal.license',
  'maintenance.type',
  'localisation.localisationReady',
  'localisation.availableLanguages',
];
for (const key of required)
  if (get(key) === undefined) problems.push(`publiccode.yml: ${key} is required`);
for (const lang of ['de', 'en']) {
  for (const key of ['shortDescription', 'longDescription', 'features']) {
    if (get(`description.${lang}.${key}`) === undefined)
      problems.push(`publiccode.yml: description.${lang}.${key} is required`);
  }
  const long = get(`description.${lang}.longDescription`);
  if (typeof long === 'string' && (long.length < 150 || long.length > 10000)) {
    problems.push(
      `publiccode.yml: description.${lang}.longDescription must have 150–10000 characters`,
    );
  }
  const short = get(`description.${lang}.shortDescription`);
  if (typeof short === 'string' && short.length > 150)
    problems.push(`publiccode.yml: description.${lang}.shortDescription is over 150 characters`);
}
if (get('legal.license') !== 'EUPL-1.2')
  problems.push('publiccode.yml: legal.license must be EUPL-1.2');
if (
  ['community', 'internal'].includes(get('maintenance.type')) &&
  !Array.isArray(get('maintenance.contacts'))
) {
  problems.push(
    'publiccode.yml: maintenance.contacts is required for community or internal maintenance',
  );
}

// Every task's inputs, as turbo resolves them for the README's test command. A generated file among them
// (a log turbo rewrites, node_modules/.bin, a cache) makes the task re-run every time (issue #32).
const testCommand = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).scripts.test;
const TEST_TASKS = testCommand
  .replace(/^turbo run /, '')
  .split(/\s+/)
  .filter((word) => !word.startsWith('--'));
// Without the variables of the turbo run this check may itself be part of.
const dry = spawnSync('pnpm', ['exec', 'turbo', 'run', ...TEST_TASKS, '--dry=json'], {
  cwd: repoRoot,
  env: {
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('TURBO_'))),
    TURBO_TELEMETRY_DISABLED: '1',
  },
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (dry.status !== 0) {
  problems.push(`turbo's dry run failed:\n${dry.stderr}`);
} else {
  const ignored = (/** @type {string[]} */ paths) => {
    const result = spawnSync('git', ['check-ignore', '--no-index', '--stdin'], {
      cwd: repoRoot,
      input: paths.join('\n'),
      encoding: 'utf8',
    });
    return new Set(result.stdout.split('\n').filter(Boolean));
  };
  const found = generatedTaskInputs(JSON.parse(dry.stdout), ignored);
  for (const { taskId, file } of found.slice(0, 20))
    problems.push(
      `turbo task ${taskId} hashes ${file}, which a run writes (${GENERATED_FOLDERS.join(', ')} or ignored by git): exclude it from the task's "inputs" so that an unchanged repository is served from the cache.`,
    );
  if (found.length > 20) problems.push(`… and ${found.length - 20} more generated task inputs.`);
}

// Source files, and the workspace packages (pnpm-workspace.yaml's `<folder>/*` globs).
const sources = (committed ?? [])
  .filter((path) => SOURCE_FILE.test(path))
  .map((path) => ({ path, text: readFileSync(join(repoRoot, path), 'utf8') }));
const workspaceFolders = parse(
  readFileSync(join(repoRoot, 'pnpm-workspace.yaml'), 'utf8'),
).packages.map((/** @type {string} */ glob) => glob.replace(/\/\*$/, ''));
const packageDirs = (committed ?? [])
  .map((path) => path.split('/'))
  .filter((parts) => parts.length === 3 && parts[2] === 'package.json')
  .filter((parts) => workspaceFolders.includes(parts[0]))
  .map((parts) => `${parts[0]}/${parts[1]}`);
for (const { file, specifier } of crossPackageInternalImports(sources, packageDirs))
  problems.push(
    `${file} imports ${specifier}, inside another package's src/ or scripts/: import what that package exports by name.`,
  );
for (const { file, line, code } of messageTextBranching(
  sources.filter(({ path }) => path.startsWith('apps/') || path.startsWith('packages/')),
))
  problems.push(
    `${file}:${line} decides on a message's text (${code}): use the structured data beside it (a code, a field list, a pair and ratio).`,
  );

if (problems.length > 0) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'));
  process.exit(1);
}
console.log(
  "✓ REUSE compliant; publiccode.yml has every required key; task inputs are sources; no import into another package's internals; no decision on message text.",
);
