#!/usr/bin/env node
// Two builds of @stadtkern/react side by side in one sitting: the SSR measurement of `pnpm bench` (the same
// unit, SsrUnit of packages/react/fixtures/pages/, and the same rounds: one fresh process per build and
// round, rotating order, each rendering plain React and the build alternately with bench/ssr-child.mjs;
// both scripts take them from bench/lib/ssr.mjs), for a before/after of a change to the components. Prints
// the median ratio to plain React per build and checks that both render the same HTML.
//
//   node bench/ssr-compare.mjs <dist-before> <dist-after> [--rounds 15]
//
// <dist-…> are `dist` folders of @stadtkern/react, e.g. packages/react/dist and the dist of a git
// worktree of the commit before the change (`git worktree add ../before <commit>`, then install and
// `pnpm turbo run build --filter=@stadtkern/react` there). Needs the peers of `pnpm bench` (run it once;
// React is taken from bench/peers/node_modules).
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median, ssrEntry, ssrRounds } from './lib/ssr.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '15' } },
});
if (positionals.length !== 2) {
  console.error('usage: node bench/ssr-compare.mjs <dist-before> <dist-after> [--rounds 15]');
  process.exit(2);
}
const ROUNDS = Number(options.rounds);
const benchDir = fileURLToPath(new URL('.', import.meta.url));
const peersDir = join(benchDir, 'peers');
const outDir = join(peersDir, '.work', 'ssr-compare');
const pages = join(benchDir, '..', 'packages', 'react', 'fixtures', 'pages');
if (!existsSync(join(peersDir, 'node_modules', 'react-dom'))) {
  console.error('bench/peers/node_modules is missing: run `pnpm bench` once.');
  process.exit(2);
}
const esbuild = createRequire(join(peersDir, 'package.json'))('esbuild');
mkdirSync(outDir, { recursive: true });

/** The SSR bundle of bench/run.mjs, with @stadtkern/react taken from `dist` (none for plain React). */
async function bundle(name, page, dist) {
  const outfile = join(outDir, `${name}.mjs`);
  await esbuild.build({
    stdin: {
      contents: ssrEntry(join(pages, `${page}.jsx`)),
      loader: 'jsx',
      resolveDir: peersDir,
    },
    absWorkingDir: peersDir,
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    alias: dist ? { '@stadtkern/react': join(resolve(dist), 'index.js') } : {},
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return outfile;
}

const plain = await bundle('plain', 'plain');
const builds = [
  { name: 'before', file: await bundle('before', 'stadtkern', positionals[0]), ratios: [] },
  { name: 'after', file: await bundle('after', 'stadtkern', positionals[1]), ratios: [] },
];
const html = new Set();
ssrRounds({
  rounds: ROUNDS,
  baseline: plain,
  entries: builds,
  cwd: peersDir,
  record: (build, measured) => {
    if (measured.error) throw new Error(measured.error);
    build.ratios.push(measured.ratio);
    html.add(measured.htmlBytes);
  },
});
for (const { name, ratios } of builds) {
  const spread = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
  console.log(
    `${name}: SSR ÷ plain React ${median(ratios).toFixed(2)} × (${spread}), ${ROUNDS} rounds`,
  );
}
console.log(
  html.size === 1 ? 'same HTML size for both builds' : 'the builds render HTML of different sizes',
);
