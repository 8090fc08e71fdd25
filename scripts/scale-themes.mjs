#!/usr/bin/env node
// City themes at scale (issue #31, docs/performance.md „City themes at scale“). For each N, a scratch copy of the
// repository's HEAD (/tmp/scale-<N>: `git clone`, `pnpm install --frozen-lockfile --offline`) gets N − 4 synthetic
// city themes from the theme command (seeded random brand colours, neutral tints, fonts, radii, and a Land when the
// command has `--land`), and the script measures there:
//   tokens     the token build with its contrast gate (turbo, --force: nothing from the cache)
//   css        bytes of dist/css/all.css and of one theme's CSS, raw and gzip
//   baselines  (set-up for `test`, not a measurement) records the synthetic themes' small visual set and commits it,
//              as the repository of a city that merged those themes would hold it
//   storybook  the Storybook build with its dependencies' builds (turbo --force), and the storybook task alone
//   theme-mr   a new city's merge request: one more theme from the theme command, its visual set recorded as its
//              author does (SK_UPDATE_VISUAL=1, visual set only), committed; the repository weight that commit adds;
//              then the pipeline's job `pnpm test:theme <id>` with every build forced (TURBO_FORCE)
//   test       the README's full `pnpm test` (turbo --force), with SK_STORY_THEMES fixed (--story-themes) so that
//              every N runs the story suites in the same themes; per-task durations from turbo's --summarize
// Usage (repository root):
//   pnpm scale:themes -- --n 4,25,100 [--only tokens,css,storybook,theme-mr,test] [--out /tmp/scale-results.json]
//     [--seed 31] [--story-themes hamburg] [--commit HEAD] [--lock /tmp/sk-heavy.lock] [--keep] [--clean]
// Results are merged into the JSON file (one key per N and stage), so stages can run in separate invocations; the
// Markdown table of everything measured so far is printed at the end. Every heavy step (turbo builds, browsers)
// takes the machine-wide lock for exactly that step; the wall time measured excludes waiting for the lock.
// --commit picks the commit the scratch copies start from (the same for every N, so that runs compare); an existing
// scratch copy is reused as it is. --keep leaves the scratch copies for a later invocation (the default removes them after the last stage);
// --clean removes /tmp/scale-<N> and exits.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    n: { type: 'string', default: '4,25,100' },
    only: { type: 'string', default: 'tokens,css,storybook,theme-mr,test' },
    out: { type: 'string', default: '/tmp/scale-results.json' },
    seed: { type: 'string', default: '31' },
    'story-themes': { type: 'string', default: 'hamburg' },
    lock: { type: 'string', default: '/tmp/sk-heavy.lock' },
    commit: { type: 'string', default: 'HEAD' },
    keep: { type: 'boolean', default: false },
    clean: { type: 'boolean', default: false },
  },
  // `pnpm scale:themes -- --n 4` passes the `--` on.
  args: process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--')),
});
const sizes = options.n.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 4)) {
  console.error(`--n takes theme counts of 4 or more, comma-separated (got ${options.n})`);
  process.exit(2);
}
const STAGES = ['tokens', 'css', 'baselines', 'storybook', 'theme-mr', 'test'];
const stages = options.only.split(',').filter(Boolean);
const unknownStage = stages.filter((s) => !STAGES.includes(s));
if (unknownStage.length > 0) {
  console.error(
    `--only: unknown stage(s) ${unknownStage.join(', ')}; stages: ${STAGES.join(', ')}`,
  );
  process.exit(2);
}
const scratchOf = (/** @type {number} */ n) => `/tmp/scale-${n}`;
/** What the set-up of a scratch copy made (outside the copy, so that no commit there includes it). */
const markerOf = (/** @type {number} */ n) => `/tmp/scale-${n}.setup.json`;
if (options.clean) {
  for (const n of sizes) {
    rmSync(scratchOf(n), { recursive: true, force: true });
    rmSync(markerOf(n), { force: true });
  }
  process.exit(0);
}

/**
 * The 16 Länder, for the Storybook picker's groups: the values of theme.json's `land`, defined once in the tokens
 * package's schema, without „Länderübergreifend“.
 */
const LAENDER = /** @type {string[]} */ (
  JSON.parse(readFileSync(join(repoRoot, 'packages/tokens/schemas/theme.schema.json'), 'utf8'))
    .properties.land.enum
).filter((land) => land !== 'Länderübergreifend');
/** Default corner radii within what the theme command takes (docs/theming.md: a length like 4px, 0.25rem or 0). */
const RADII = ['0', '2px', '3px', '4px', '6px', '8px', '0.125rem', '0.25rem', '0.5rem'];
/** The id of the theme a new city's merge request adds. */
const NEW_CITY = 'stadt-neu';

/** mulberry32: a small seeded generator, so that the synthetic themes are the same in every run. */
function random(/** @type {number} */ seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (/** @type {() => number} */ rnd, /** @type {readonly any[]} */ list) =>
  list[Math.floor(rnd() * list.length)];
const hex = (/** @type {() => number} */ rnd) =>
  `#${Math.floor(rnd() * 0x1000000)
    .toString(16)
    .padStart(6, '0')}`;

const log = (/** @type {string} */ message) =>
  console.log(`[scale ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** Runs a command; resolves with its exit code and output (stdout and stderr, also echoed when `echo`). */
function run(
  /** @type {string} */ command,
  /** @type {string[]} */ args,
  /** @type {{ cwd: string, env?: NodeJS.ProcessEnv, echo?: boolean }} */ {
    cwd,
    env,
    echo = false,
  },
) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: env ?? process.env });
    let output = '';
    const collect = (/** @type {Buffer} */ chunk) => {
      output += chunk;
      if (output.length > 4_000_000) output = output.slice(-2_000_000);
      if (echo) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Holds the machine-wide lock while `work` runs: a `flock` child keeps it until its stdin closes, so the lock is
 * released even when this script dies. Resolves with what `work` returns.
 * @template T @param {string} label @param {() => Promise<T>} work @returns {Promise<T>}
 */
async function locked(label, work) {
  const waited = performance.now();
  const holder = spawn('flock', [options.lock, 'sh', '-c', 'echo locked; read _'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    holder.stdout.once('data', resolve);
    holder.once('error', reject);
    holder.once('exit', () => reject(new Error(`flock ${options.lock} exited`)));
  });
  const seconds = (performance.now() - waited) / 1000;
  if (seconds > 1) log(`${label}: waited ${seconds.toFixed(0)} s for ${options.lock}`);
  try {
    return await work();
  } finally {
    holder.stdin.end();
    await new Promise((resolve) => holder.once('close', resolve));
  }
}

/** Runs a command and measures its wall time in seconds. */
async function timed(
  /** @type {string} */ command,
  /** @type {string[]} */ args,
  /** @type {{ cwd: string, env?: NodeJS.ProcessEnv, echo?: boolean }} */ opts,
) {
  const start = performance.now();
  const result = await run(command, args, opts);
  return { ...result, seconds: Number(((performance.now() - start) / 1000).toFixed(1)) };
}

/** The environment of a measured run: no remote cache; the story suites' themes fixed. */
function measuredEnv(/** @type {NodeJS.ProcessEnv} */ extra = {}) {
  const env = { ...process.env, SK_STORY_THEMES: options['story-themes'], ...extra };
  for (const name of [
    'TURBO_TOKEN',
    'TURBO_TEAM',
    'TURBO_TEAMID',
    'TURBO_API',
    'TURBO_REMOTE_ONLY',
  ])
    delete env[name];
  env.TURBO_TELEMETRY_DISABLED = '1';
  return env;
}

/** The newest run summary turbo wrote (--summarize) in a scratch copy: per-task durations and exit codes. */
function latestSummary(/** @type {string} */ dir) {
  const runs = join(dir, '.turbo/runs');
  if (!existsSync(runs)) return undefined;
  const newest = readdirSync(runs)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ f, t: statSync(join(runs, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t)[0];
  if (!newest) return undefined;
  const summary = JSON.parse(readFileSync(join(runs, newest.f), 'utf8'));
  /** @type {Record<string, { seconds: number, exitCode: number | null, cache: string }>} */
  const tasks = {};
  for (const task of summary.tasks ?? []) {
    const { startTime, endTime, exitCode } = task.execution ?? {};
    tasks[task.taskId] = {
      seconds: Number((((endTime ?? 0) - (startTime ?? 0)) / 1000).toFixed(1)),
      exitCode: exitCode ?? null,
      cache: task.cache?.status ?? '',
    };
  }
  return tasks;
}

const git = (/** @type {string} */ dir, /** @type {string[]} */ args) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).trim();

/** A scratch copy of HEAD with N themes (N − 4 synthetic), committed there; reused when it exists. */
async function scratch(/** @type {number} */ n) {
  const dir = scratchOf(n);
  const marker = markerOf(n);
  if (existsSync(marker)) return { dir, setup: JSON.parse(readFileSync(marker, 'utf8')) };
  rmSync(dir, { recursive: true, force: true });
  log(`N=${n}: cloning ${options.commit} of ${repoRoot} into ${dir}`);
  execFileSync('git', ['clone', '-q', repoRoot, dir]);
  git(dir, ['checkout', '-q', git(repoRoot, ['rev-parse', options.commit])]);
  git(dir, ['config', 'user.email', 'scale@stadtkern.invalid']);
  git(dir, ['config', 'user.name', 'scale-themes']);
  let install = await run('pnpm', ['install', '--frozen-lockfile', '--offline'], { cwd: dir });
  if (install.code !== 0) {
    log('offline install failed; installing from the registry');
    install = await run('pnpm', ['install', '--frozen-lockfile'], { cwd: dir });
  }
  if (install.code !== 0) throw new Error(`pnpm install failed in ${dir}:\n${install.output}`);
  const existing = readdirSync(join(dir, 'packages/tokens/themes')).filter((id) =>
    existsSync(join(dir, 'packages/tokens/themes', id, 'theme.json')),
  );
  const generated = await addThemes(dir, n - existing.length, Number(options.seed));
  git(dir, ['add', '-A']);
  git(dir, [
    'commit',
    '-q',
    '--allow-empty',
    '-m',
    `chore: ${generated.ids.length} synthetic city themes`,
  ]);
  const setup = {
    commit: git(dir, ['rev-parse', '--short', 'HEAD']),
    themes: existing.length + generated.ids.length,
    synthetic: generated.ids,
    refused: generated.refused,
    refusals: generated.reasons,
    land: generated.land,
    themeCommandSeconds: generated.seconds,
    baselines: false,
  };
  writeFileSync(marker, JSON.stringify(setup, null, 2));
  return { dir, setup };
}

/** The fonts the tokens package self-hosts and has installed (no theme run has to add a package). */
function installedFonts(/** @type {string} */ dir) {
  const facts = readFileSync(join(dir, 'packages/tokens/engine/facts.mjs'), 'utf8');
  const block = /export const FONTS[^{]*\{([\s\S]*?)\}\)/.exec(facts)?.[1] ?? '';
  const fonts = [...block.matchAll(/['"]?([A-Za-z0-9 ]+?)['"]?:\s*'(@fontsource\/[a-z0-9-]+)'/g)];
  const require = createRequire(join(dir, 'packages/tokens/package.json'));
  return fonts
    .filter(([, , pkg]) => {
      try {
        require.resolve(`${pkg}/package.json`);
        return true;
      } catch {
        return false;
      }
    })
    .map(([, family]) => family);
}

/**
 * Adds `count` synthetic themes with the theme command. A brand colour the command refuses (exit code 2, or a gate
 * that still fails) is replaced by another random one; the refusals are counted.
 */
async function addThemes(
  /** @type {string} */ dir,
  /** @type {number} */ count,
  /** @type {number} */ seed,
  prefix = 'stadt',
) {
  const rnd = random(seed);
  const command = join(dir, 'packages/tokens/scripts/theme.mjs');
  const land = /\bland:\s*\{/.test(readFileSync(command, 'utf8'));
  const fonts = installedFonts(dir);
  const ids = [];
  let refused = 0;
  /** @type {Record<string, number>} */
  const reasons = {};
  const start = performance.now();
  for (let i = 1; i <= count; i++) {
    const id =
      count === 1 && prefix !== 'stadt' ? prefix : `${prefix}-${String(i).padStart(3, '0')}`;
    const name = prefix === 'stadt' ? `Stadt ${String(i).padStart(3, '0')}` : 'Neue Stadt';
    for (;;) {
      const args = [command, '--id', id, '--name', name, '--primary', hex(rnd)];
      if (rnd() < 0.3) args.push('--neutral', hex(rnd));
      args.push('--font', pick(rnd, fonts), '--radius', pick(rnd, RADII));
      if (land) args.push('--land', pick(rnd, LAENDER));
      const result = await run('node', args, { cwd: join(dir, 'packages/tokens') });
      if (result.code === 0 && !result.output.includes('contrast gate still fails')) break;
      if (result.code !== 0 && result.code !== 2)
        throw new Error(`theme command failed (${result.code}):\n${result.output}`);
      refused += 1;
      // What the command said, without the colour: e.g. "No step of the palette passes … for buttons".
      const reason =
        /theme: (.+)/
          .exec(result.output)?.[1]
          .replace(/#[0-9a-f]{6}/gi, '#…')
          .replace(/\(.*\)/, '')
          .trim() ?? 'the contrast gate still fails';
      reasons[reason] = (reasons[reason] ?? 0) + 1;
      rmSync(join(dir, 'packages/tokens/themes', id), { recursive: true, force: true });
      if (refused > 10 * count + 10) throw new Error(`too many refusals:\n${result.output}`);
    }
    ids.push(id);
  }
  const seconds = Number(((performance.now() - start) / 1000).toFixed(1));
  log(
    `${dir}: ${ids.length} themes in ${seconds} s (${refused} refused colours retried, --land ${land ? 'passed' : 'not available'})`,
  );
  return { ids, refused, reasons, land, seconds };
}

const gzipBytes = (/** @type {string} */ file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Bytes of a theme's added files in a commit (git blobs) and of the lines it adds to files it changes. */
function commitWeight(/** @type {string} */ dir, /** @type {string} */ commit) {
  const rows = git(dir, ['diff-tree', '-r', '--no-renames', '--no-commit-id', commit])
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [meta, path] = line.split('\t');
      const [, , oldBlob, newBlob, status] = meta.split(' ');
      return { oldBlob, newBlob, status, path };
    });
  const size = (/** @type {string} */ blob) => Number(git(dir, ['cat-file', '-s', blob]));
  let theme = 0;
  let baselines = 0;
  let other = 0;
  for (const row of rows) {
    const bytes = row.status === 'A' ? size(row.newBlob) : size(row.newBlob) - size(row.oldBlob);
    if (row.path.startsWith('apps/storybook/visual-baselines/')) baselines += bytes;
    else if (row.path.startsWith('packages/tokens/themes/')) theme += bytes;
    else other += bytes;
  }
  return { files: rows.length, theme, baselines, other, total: theme + baselines + other };
}

/** Weight of an existing further theme at /work/main's HEAD: its folder and its baselines (git blob sizes). */
function existingThemeWeight(/** @type {string} */ id) {
  const sum = (/** @type {string[]} */ paths) =>
    git(repoRoot, ['ls-tree', '-r', '-l', 'HEAD', '--', ...paths])
      .split('\n')
      .filter(Boolean)
      .reduce((total, line) => total + Number(line.split(/\s+/)[3]), 0);
  const baselineDirs = git(repoRoot, [
    'ls-tree',
    '--name-only',
    'HEAD',
    'apps/storybook/visual-baselines/',
  ])
    .split('\n')
    .filter((p) => p.startsWith(`apps/storybook/visual-baselines/${id}-`));
  return {
    commit: git(repoRoot, ['rev-parse', '--short', 'HEAD']),
    theme: sum([`packages/tokens/themes/${id}/`]),
    baselines: baselineDirs.length > 0 ? sum(baselineDirs) : 0,
    baselineFiles: baselineDirs.length
      ? git(repoRoot, ['ls-tree', '-r', '--name-only', 'HEAD', '--', ...baselineDirs]).split('\n')
          .length
      : 0,
  };
}

const results = existsSync(options.out)
  ? JSON.parse(readFileSync(options.out, 'utf8'))
  : { runs: {} };
const save = () => writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
results.machine = {
  cores: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()),
  node: process.version,
  storyThemes: options['story-themes'],
  seed: Number(options.seed),
};

/** Records the synthetic themes' visual set (4 baselines each) and commits them in the scratch copy. */
async function recordBaselines(/** @type {string} */ dir, /** @type {string[]} */ ids, label) {
  const app = join(dir, 'apps/storybook');
  return locked(`${label}: visual set`, async () => {
    const build = await timed(
      'pnpm',
      ['turbo', 'run', 'build', '--filter=@stadtkern/storybook', '--output-logs=errors-only'],
      { cwd: dir, env: measuredEnv() },
    );
    if (build.code !== 0)
      throw new Error(`Storybook build failed in ${dir}:\n${build.output.slice(-4000)}`);
    const record = await timed('node', ['--test', '--test-concurrency=1', 'test/visual.test.mjs'], {
      cwd: app,
      env: measuredEnv({ SK_UPDATE_VISUAL: '1', SK_VISUAL_THEMES: ids.join(',') }),
    });
    if (record.code !== 0)
      throw new Error(`recording the visual set failed:\n${record.output.slice(-4000)}`);
    return { build: build.seconds, record: record.seconds };
  });
}

for (const n of sizes) {
  const { dir, setup } = await scratch(n);
  const entry = (results.runs[n] ??= {});
  entry.setup = setup;
  save();
  const tokensDist = join(dir, 'packages/tokens/dist');

  if (stages.includes('tokens')) {
    // The token build is short: three runs in one hold of the lock, the median counts.
    const runs = await locked(`N=${n} token build`, async () => {
      const all = [];
      for (let i = 0; i < 3; i++) {
        const r = await timed(
          'pnpm',
          [
            'turbo',
            'run',
            'build',
            '--filter=@stadtkern/tokens',
            '--force',
            '--summarize',
            '--output-logs=errors-only',
          ],
          { cwd: dir, env: measuredEnv() },
        );
        if (r.code !== 0) throw new Error(`token build failed:\n${r.output.slice(-4000)}`);
        all.push({
          seconds: r.seconds,
          task: latestSummary(dir)?.['@stadtkern/tokens#build']?.seconds,
        });
      }
      return all;
    });
    const median = [...runs].sort((a, b) => a.seconds - b.seconds)[1];
    entry.tokens = { seconds: median.seconds, task: median.task, runs };
    log(`N=${n}: token build ${runs.map((r) => r.seconds).join(' s, ')} s`);
    save();
  }

  if (stages.includes('css') || stages.includes('tokens')) {
    if (!existsSync(join(tokensDist, 'css/all.css')))
      throw new Error('no dist/css/all.css: run the tokens stage first');
    const one = (/** @type {string} */ id) => {
      const file = join(tokensDist, 'css/themes', `${id}.css`);
      return { id, raw: statSync(file).size, gzip: gzipBytes(file) };
    };
    const all = join(tokensDist, 'css/all.css');
    entry.css = {
      all: { raw: statSync(all).size, gzip: gzipBytes(all) },
      hamburg: one('hamburg'),
      synthetic: setup.synthetic.length > 0 ? one(setup.synthetic[0]) : undefined,
      themeFiles: readdirSync(join(tokensDist, 'css/themes')).filter((f) => f.endsWith('.css'))
        .length,
    };
    save();
  }

  if (stages.includes('baselines') || (stages.includes('test') && !setup.baselines)) {
    if (!setup.baselines && setup.synthetic.length > 0) {
      const t = await recordBaselines(dir, setup.synthetic, `N=${n}`);
      git(dir, ['add', '-A', 'apps/storybook/visual-baselines']);
      git(dir, ['commit', '-q', '-m', 'test: visual sets of the synthetic themes']);
      log(`N=${n}: visual sets recorded (build ${t.build} s, record ${t.record} s)`);
      entry.baselines = t;
    }
    setup.baselines = true;
    writeFileSync(markerOf(n), JSON.stringify(setup, null, 2));
    save();
  }

  if (stages.includes('storybook')) {
    const r = await locked(`N=${n} Storybook build`, () =>
      timed(
        'pnpm',
        [
          'turbo',
          'run',
          'build',
          '--filter=@stadtkern/storybook',
          '--force',
          '--summarize',
          '--output-logs=errors-only',
        ],
        {
          cwd: dir,
          env: measuredEnv(),
        },
      ),
    );
    if (r.code !== 0) throw new Error(`Storybook build failed:\n${r.output.slice(-4000)}`);
    const tasks = latestSummary(dir) ?? {};
    entry.storybook = {
      seconds: r.seconds,
      task: tasks['@stadtkern/storybook#build']?.seconds,
      tasks,
    };
    log(`N=${n}: Storybook build ${r.seconds} s (storybook task ${entry.storybook.task} s)`);
    save();
  }

  if (stages.includes('theme-mr')) {
    const before = git(dir, ['rev-parse', 'HEAD']);
    try {
      const added = await addThemes(dir, 1, Number(options.seed) + n, NEW_CITY);
      const id = added.ids[0];
      // The author's local step: the new theme's visual set (4 baselines), committed with the theme folder.
      const recorded = await recordBaselines(dir, [id], `N=${n} new city`);
      git(dir, ['add', '-A']);
      git(dir, ['commit', '-q', '-m', `feat(tokens): theme ${id}`]);
      const weight = commitWeight(dir, 'HEAD');
      // The pipeline's job for the merge request, with every build forced as on a runner without a cache.
      const r = await locked(`N=${n} new city's pipeline`, () =>
        timed('pnpm', ['test:theme', id], {
          cwd: dir,
          env: measuredEnv({ TURBO_FORCE: 'true' }),
        }),
      );
      const steps = Object.fromEntries(
        [...r.output.matchAll(/\[test:theme\] (.+?): (passed|FAILED) in (\d+) s/g)].map((m) => [
          m[1],
          { seconds: Number(m[3]), passed: m[2] === 'passed' },
        ]),
      );
      entry.themeMr = {
        id,
        refused: added.refused,
        themeCommandSeconds: added.seconds,
        recordSeconds: recorded.record,
        recordBuildSeconds: recorded.build,
        pipelineSeconds: r.seconds,
        passed: r.code === 0,
        steps,
        weight,
      };
      if (r.code !== 0) entry.themeMr.failure = r.output.slice(-3000);
      log(
        `N=${n}: new city's pipeline ${r.seconds} s (${r.code === 0 ? 'passed' : 'FAILED'}), weight ${weight.total} B`,
      );
    } finally {
      git(dir, ['reset', '-q', '--hard', before]);
      git(dir, ['clean', '-q', '-fd', 'packages/tokens/themes', 'apps/storybook/visual-baselines']);
    }
    save();
  }

  if (stages.includes('test')) {
    const r = await locked(`N=${n} pnpm test`, () =>
      timed('pnpm', ['test', '--force', '--summarize'], { cwd: dir, env: measuredEnv() }),
    );
    const tasks = latestSummary(dir) ?? {};
    entry.test = {
      seconds: r.seconds,
      passed: r.code === 0,
      storyThemes: options['story-themes'],
      failedTasks: Object.entries(tasks)
        .filter(([, t]) => t.exitCode !== 0 && t.exitCode !== null)
        .map(([id]) => id),
      tasks,
    };
    if (r.code !== 0) entry.test.failure = r.output.slice(-6000);
    log(`N=${n}: pnpm test ${r.seconds} s (${r.code === 0 ? 'passed' : 'FAILED'})`);
    save();
  }
  if (!options.keep) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(markerOf(n), { force: true });
  }
}
results.existingTheme = existingThemeWeight('hamburg');
save();

// The table: one column per N measured so far.
const ns = Object.keys(results.runs)
  .map(Number)
  .sort((a, b) => a - b);
const kb = (/** @type {number | undefined} */ b) =>
  b === undefined ? '–' : `${(b / 1024).toFixed(1)} KB`;
const s = (/** @type {number | undefined} */ x) =>
  x === undefined ? '–' : x >= 120 ? `${(x / 60).toFixed(1)} min` : `${x.toFixed(1)} s`;
/** @type {[string, (r: any) => string][]} */
const rows = [
  ['Token build with contrast gate (turbo --force)', (r) => s(r.tokens?.seconds)],
  ['`all.css`, raw / gzip', (r) => (r.css ? `${kb(r.css.all.raw)} / ${kb(r.css.all.gzip)}` : '–')],
  [
    'One theme’s CSS (`css/themes/hamburg.css`), raw / gzip',
    (r) => (r.css ? `${kb(r.css.hamburg.raw)} / ${kb(r.css.hamburg.gzip)}` : '–'),
  ],
  ['Storybook build with its dependencies (turbo --force)', (r) => s(r.storybook?.seconds)],
  ['… of which the storybook task', (r) => s(r.storybook?.task)],
  [
    'New city’s pipeline (`pnpm test:theme <id>`, builds forced)',
    (r) =>
      r.themeMr ? `${s(r.themeMr.pipelineSeconds)}${r.themeMr.passed ? '' : ' (failed)'}` : '–',
  ],
  [
    `Full \`pnpm test\` (turbo --force, SK_STORY_THEMES=${options['story-themes']})`,
    (r) =>
      r.test
        ? `${s(r.test.seconds)}${r.test.passed ? '' : ` (failed: ${r.test.failedTasks.join(', ')})`}`
        : '–',
  ],
  [
    'Repository weight of the new city’s commit (theme folder + visual set + CODEOWNERS)',
    (r) => kb(r.themeMr?.weight.total),
  ],
  ['Brand colours the theme command refused (retried)', (r) => String(r.setup.refused)],
];
const header = `| Measured | ${ns.map((n) => `N = ${n}`).join(' | ')} |`;
console.log(`\n${header}\n|${' --- |'.repeat(ns.length + 1)}`);
for (const [label, cell] of rows)
  console.log(`| ${label} | ${ns.map((n) => cell(results.runs[n])).join(' | ')} |`);
const w = results.existingTheme;
console.log(
  `\nExisting further theme hamburg at ${w.commit}: folder ${kb(w.theme)}, visual baselines ${kb(w.baselines)} (${w.baselineFiles} files).`,
);
console.log(`Results: ${options.out}`);
