// The SSR measurement shared by `pnpm bench` (../run.mjs) and the before/after of two builds
// (../ssr-compare.mjs): the unit's bundle entry and the rounds, each entry in a fresh process per round
// (../ssr-child.mjs), which renders plain React and the entry alternately.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Units per render, warm-up renders and timed renders of each side, per round. */
export const SSR_UNITS = 500;
export const SSR_WARM_UP = 10;
export const SSR_TIMED = 25;

const child = fileURLToPath(new URL('../ssr-child.mjs', import.meta.url));

/**
 * The source of an SSR bundle's entry (JSX): `render(count)` renders `count` × SsrUnit of the page file.
 * @param {string} page absolute path of a page file exporting SsrUnit
 */
export function ssrEntry(page) {
  return [
    `import { renderToString } from 'react-dom/server';`,
    `import { SsrUnit } from ${JSON.stringify(page)};`,
    'export function render(count) {',
    '  const units = [];',
    '  for (let i = 0; i < count; i += 1) units.push(<SsrUnit key={i} />);',
    '  return renderToString(<>{units}</>);',
    '}',
  ].join('\n');
}

/**
 * One measurement: the baseline and one bundle in a fresh Node process (production mode).
 * @param {string} baseline the plain-React bundle
 * @param {string} bundle
 * @param {string} cwd where React is installed (bench/peers)
 * @returns {{ ratio: number, htmlBytes: number, hasLabelText: boolean, hasButtonText: boolean,
 *   baseline: number, library: number } | { error: string }} error: the process's whole output
 */
function ssrRound(baseline, bundle, cwd) {
  const run = spawnSync(
    process.execPath,
    [child, baseline, bundle, String(SSR_UNITS), String(SSR_WARM_UP), String(SSR_TIMED)],
    { cwd, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (run.status !== 0) return { error: (run.stderr || run.stdout).trim() };
  return JSON.parse(run.stdout);
}

/**
 * `rounds` rounds; each measures every entry once, in an order rotated by one per round, and hands each
 * measurement (or its error) to `record`. Prints the progress.
 * @template {{ file: string }} T
 * @param {{ rounds: number, baseline: string, entries: T[], cwd: string,
 *   record: (entry: T, measured: ReturnType<typeof ssrRound>) => void }} options
 */
export function ssrRounds({ rounds, baseline, entries, cwd, record }) {
  for (let round = 0; round < rounds; round += 1) {
    for (let i = 0; i < entries.length; i += 1) {
      const entry = /** @type {T} */ (entries[(i + round) % entries.length]);
      record(entry, ssrRound(baseline, entry.file, cwd));
    }
    process.stdout.write(`  round ${round + 1}/${rounds}\r`);
  }
  process.stdout.write('\n');
}

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
