#!/usr/bin/env node
// `pnpm bench`: Stadtkern against peer design systems, side by side in one run, on this machine.
// Not part of the test run. Writes docs/performance.md (or --out).
//
//   pnpm bench                 build, install, measure (15 SSR rounds)
//   pnpm bench --rounds 31     more SSR rounds
//   pnpm bench --skip-install  reuse bench/peers/node_modules from the last run
//
// Before/after of a change to @stadtkern/react, in one sitting: bench/ssr-compare.mjs (SSR of two builds).
//
// 1. Peers are installed at the versions pinned in bench/peers/package-lock.json with `npm ci`, outside
//    the pnpm workspace; every public Stadtkern package is built, packed (scripts/lib/workspace.mjs, the
//    same packing as the package tests) and added to that folder from its tarball.
// 2. JS: each library's form page and Button page (bench/peers/pages) is bundled with esbuild the same
//    way as the size budgets (minified, production, React external), with code splitting; "initial JS"
//    is the entry chunk plus every chunk it imports statically, gzip-9 and brotli-11, minus the same
//    page in plain React elements.
// 3. CSS: the stylesheets each library's documentation says to load, bundled and minified; fonts and
//    images referenced by url() are not counted.
// 4. SSR: renderToString of 500 × (Button + labelled text input + Alert). Each round starts one fresh
//    Node process per library (rotating order) that renders the library and plain React alternately
//    and reports the ratio of their medians; the result is the median ratio over rounds (bench/lib/ssr.mjs,
//    shared with bench/ssr-compare.mjs).
// 5. Install footprint: bytes on disk and number of packages in the dependency closure of the
//    packages a developer installs for the form page, React excluded.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { packPackages, repoRoot } from '../scripts/lib/workspace.mjs';
import { BASELINE, LIBRARIES } from './libraries.mjs';
import { SSR_TIMED, SSR_UNITS, SSR_WARM_UP, median, ssrEntry, ssrRounds } from './lib/ssr.mjs';

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '15' },
    'skip-install': { type: 'boolean', default: false },
    out: { type: 'string', default: 'docs/performance.md' },
  },
});
const ROUNDS = Number(options.rounds);

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const peersDir = join(benchDir, 'peers');
const workDir = join(peersDir, '.work');
const REACT = ['react', 'react-dom'];
const REACT_EXTERNALS = ['react', 'react-dom', 'react/*', 'react-dom/*'];
// Page files: peers/pages/<id>.jsx, except Stadtkern's and the plain-React baseline, which are shared with
// the form-page budget of @stadtkern/react (its @stadtkern/react import resolves to that package's build,
// the same files as the packed tarball).
const SHARED_PAGES = join(repoRoot, 'packages', 'react', 'fixtures', 'pages');
const pagePath = (id) =>
  join(['stadtkern', 'plain'].includes(id) ? SHARED_PAGES : join(peersDir, 'pages'), `${id}.jsx`);
const pageFile = (id) => JSON.stringify(pagePath(id));
const ASSETS = ['woff', 'woff2', 'ttf', 'otf', 'eot', 'svg', 'png', 'jpg', 'gif', 'webp', 'ico'];

const step = (message) => console.log(`• ${message}`);
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: 'inherit' });

// ---------------------------------------------------------------------------------------- install
if (!options['skip-install']) {
  step('building the Stadtkern packages');
  run(
    'pnpm',
    ['exec', 'turbo', 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only'],
    repoRoot,
  );
  step('installing the peers at their pinned versions (npm ci, outside the workspace)');
  run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], peersDir);
  step('packing Stadtkern and adding the tarballs');
  const packs = join(workDir, 'packs');
  rmSync(packs, { recursive: true, force: true });
  mkdirSync(packs, { recursive: true });
  const tarballs = packPackages(packs).map((pkg) => pkg.tarball);
  run(
    'npm',
    [
      'install',
      '--no-save',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...tarballs,
    ],
    peersDir,
  );
}
const esbuild = createRequire(join(peersDir, 'package.json'))('esbuild');

// ------------------------------------------------------------------------------------------ sizes
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function writeWork(path, contents) {
  mkdirSync(dirname(join(workDir, path)), { recursive: true });
  writeFileSync(join(workDir, path), contents);
  return join(workDir, path);
}

function browserEntry(library, page) {
  const component = page === 'form' ? 'FormPage' : 'ButtonPage';
  const client = library.client ?? {};
  const after = page === 'form' ? client.afterForm : client.afterButton;
  const hooks = [
    client.before && 'before',
    after && (page === 'form' ? 'afterForm' : 'afterButton'),
  ];
  const imports = hooks.filter(Boolean);
  return [
    `import { createRoot } from 'react-dom/client';`,
    `import { ${component} as Page } from ${pageFile(library.id)};`,
    imports.length > 0
      ? `import { ${imports.join(', ')} } from '../../pages/${library.id}.client.js';`
      : '',
    client.before ? 'await before();' : '',
    `createRoot(document.getElementById('root')).render(<Page />);`,
    after ? `${imports.at(-1)}();` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Initial JS of one page: the entry chunk and its static imports. */
async function jsSize(library, page) {
  const entry = writeWork(`entries/${library.id}-${page}.jsx`, browserEntry(library, page));
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: peersDir,
    outdir: join(workDir, 'out', `${library.id}-${page}`),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    jsx: 'automatic',
    write: false,
    metafile: true,
    external: REACT_EXTERNALS,
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: Object.fromEntries(['css', ...ASSETS].map((ext) => [`.${ext}`, 'empty'])),
    logLevel: 'error',
  });
  const files = new Map(
    result.outputFiles.map((file) => [relative(peersDir, file.path), file.contents]),
  );
  const outputs = result.metafile.outputs;
  const start = Object.keys(outputs).find((key) => outputs[key].entryPoint !== undefined);
  const initial = new Set();
  const visit = (key) => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const imported of outputs[key].imports) {
      if (!imported.external && imported.kind === 'import-statement') visit(imported.path);
    }
  };
  visit(start);
  const sum = (keys, measure) =>
    [...keys].reduce((total, key) => total + measure(files.get(key)), 0);
  const allJs = [...files.keys()].filter((key) => key.endsWith('.js'));
  return {
    gzip: sum(initial, gzip),
    brotli: sum(initial, brotli),
    chunks: initial.size,
    allGzip: sum(allJs, gzip),
  };
}

async function cssSize(library) {
  if (library.css.length === 0) return undefined;
  const entry = writeWork(
    `entries/${library.id}.css`,
    library.css.map((path) => `@import "${path}";`).join('\n'),
  );
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: peersDir,
    outfile: join(workDir, 'out', `${library.id}.css`),
    bundle: true,
    minify: true,
    write: false,
    external: ASSETS.map((ext) => `*.${ext}`),
    logLevel: 'error',
  });
  const css = result.outputFiles.find((file) => file.path.endsWith('.css')).contents;
  return { gzip: gzip(css), brotli: brotli(css) };
}

// -------------------------------------------------------------------------------------------- SSR
async function ssrBundle(library) {
  const entry = writeWork(`entries/${library.id}-ssr.jsx`, ssrEntry(pagePath(library.id)));
  const outfile = join(workDir, 'ssr', `${library.id}.mjs`);
  await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: peersDir,
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    packages: 'external',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return outfile;
}

// -------------------------------------------------------------------------------------- footprint
function packageDir(name, fromDir) {
  for (let dir = fromDir; dir.startsWith(peersDir); dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === peersDir) break;
  }
  return undefined;
}

function directoryBytes(dir) {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue; // nested packages are counted on their own
    const path = join(dir, entry.name);
    if (entry.isDirectory()) bytes += directoryBytes(path);
    else if (entry.isFile()) bytes += statSync(path).size;
  }
  return bytes;
}

function footprint(library) {
  const seen = new Map();
  const visit = (name, fromDir) => {
    if (REACT.includes(name)) return;
    const dir = packageDir(name, fromDir);
    if (dir === undefined || seen.has(dir)) return; // optional dependency for another platform
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    seen.set(dir, manifest);
    const deps = {
      ...manifest.dependencies,
      ...manifest.optionalDependencies,
      ...manifest.peerDependencies,
    };
    for (const dep of Object.keys(deps)) visit(dep, dir);
  };
  for (const name of library.packages) visit(name, peersDir);
  let bytes = 0;
  for (const dir of seen.keys()) bytes += directoryBytes(dir);
  return { bytes, packages: seen.size };
}

function versions(library) {
  return library.packages
    .map((name) => {
      const dir = packageDir(name, peersDir);
      const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return `${name}@${version}`;
    })
    .join(', ');
}

// ------------------------------------------------------------------------------------------- main
const everyone = [BASELINE, ...LIBRARIES];
const results = new Map(everyone.map((library) => [library.id, { library }]));

step('bundling form pages, Button pages and stylesheets');
for (const library of everyone) {
  const result = results.get(library.id);
  result.form = await jsSize(library, 'form');
  result.button = await jsSize(library, 'button');
  result.css = await cssSize(library);
  if (library !== BASELINE) {
    result.footprint = footprint(library);
    result.versions = versions(library);
  }
}

step(`server rendering: ${ROUNDS} rounds, one fresh process per library and round`);
const bundles = new Map();
for (const library of everyone) bundles.set(library.id, await ssrBundle(library));
for (const library of LIBRARIES) results.get(library.id).ssrRatios = [];
ssrRounds({
  rounds: ROUNDS,
  baseline: bundles.get(BASELINE.id),
  entries: LIBRARIES.map((library) => ({ library, file: bundles.get(library.id) })),
  cwd: peersDir,
  record: ({ library }, measured) => {
    const result = results.get(library.id);
    if (measured.error) {
      result.ssrError = measured.error.split('\n')[0];
      return;
    }
    result.ssrFacts = measured;
    result.ssrRatios.push(measured.ratio);
  },
});

// ----------------------------------------------------------------------------------------- report
const base = results.get(BASELINE.id);
const kb = (bytes) => `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 2 : 1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const rows = LIBRARIES.map((library) => {
  const r = results.get(library.id);
  return {
    library,
    versions: r.versions,
    formGzip: r.form.gzip - base.form.gzip,
    formBrotli: r.form.brotli - base.form.brotli,
    buttonGzip: r.button.gzip - base.button.gzip,
    css: r.css,
    ssr: r.ssrRatios.length > 0 ? median(r.ssrRatios) : undefined,
    ssrSpread:
      r.ssrRatios.length > 0 ? [Math.min(...r.ssrRatios), Math.max(...r.ssrRatios)] : undefined,
    ssrError: r.ssrError,
    ssrFacts: r.ssrFacts,
    footprint: r.footprint,
    chunks: r.form.chunks,
  };
});

const stadtkern = rows.find((row) => row.library.id === 'stadtkern');
const peers = rows.filter((row) => row !== stadtkern);
const columns = [
  ['form page JS above plain React (gzip)', (row) => row.formGzip],
  ['form page JS above plain React (brotli)', (row) => row.formBrotli],
  ['Button page JS above plain React (gzip)', (row) => row.buttonGzip],
  ['CSS (gzip)', (row) => row.css?.gzip],
  ['CSS (brotli)', (row) => row.css?.brotli],
  ['SSR time ÷ plain React', (row) => row.ssr],
  ['install footprint', (row) => row.footprint.bytes],
];
const ahead = columns.map(([name, value]) => {
  const mine = value(stadtkern);
  const behind = peers.filter((row) => value(row) !== undefined && value(row) <= mine);
  return { name, met: behind.length === 0, behind: behind.map((row) => row.library.name) };
});
const targets = [
  [
    'Form page at most 1.0 KB above plain React (gzip)',
    stadtkern.formGzip <= 1024,
    kb(stadtkern.formGzip),
  ],
  [
    'Button at most 400 B above plain React (gzip)',
    stadtkern.buttonGzip <= 400,
    `${stadtkern.buttonGzip} B`,
  ],
  [
    'All component CSS at most 16 KB (gzip)',
    stadtkern.css.gzip <= 16 * 1024,
    kb(stadtkern.css.gzip),
  ],
  ['SSR within 1.5 × plain React', stadtkern.ssr <= 1.5, `${stadtkern.ssr.toFixed(2)} ×`],
];

const cell = (value, format) => (value === undefined ? '—' : format(value));
const tableRow = (cells) => `| ${cells.join(' | ')} |`;
const table = [
  '| Library | Form page JS above plain React, gzip / brotli | Button page above plain React, gzip | CSS, gzip / brotli | SSR ÷ plain React, median (min–max) | Install footprint |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map((row) =>
    tableRow([
      row === stadtkern ? `**${row.library.name}**` : row.library.name,
      `${kb(row.formGzip)} / ${kb(row.formBrotli)}`,
      kb(row.buttonGzip),
      row.css ? `${kb(row.css.gzip)} / ${kb(row.css.brotli)}` : (row.library.cssNote ?? '—'),
      row.ssrError
        ? `fails: ${row.ssrError.replaceAll('|', '\\|')}`
        : cell(
            row.ssr,
            (v) =>
              `${v.toFixed(2)} × (${row.ssrSpread[0].toFixed(2)}–${row.ssrSpread[1].toFixed(2)})`,
          ),
      `${mb(row.footprint.bytes)}, ${row.footprint.packages} packages`,
    ]),
  ),
];
const facts = rows.map((row) => {
  const html = row.ssrFacts;
  return tableRow([
    row.library.name,
    html ? kb(html.htmlBytes) : '—',
    html ? (html.hasLabelText && html.hasButtonText ? 'yes' : 'no') : '—',
    row.chunks,
  ]);
});

const date = new Date().toISOString().slice(0, 10);
const report = `# Performance: Stadtkern and its peers

Written by \`pnpm bench\` (\`bench/run.mjs\`) on ${date}; do not edit by hand. One run, every library side by side
on the same machine: ${cpus().length} cores, Node ${process.version}, ${ROUNDS} SSR rounds. The machine is shared and
noisy, so the SSR column gives ratios to plain React measured in the same round, never single absolute times.

## Results

${table.join('\n')}

What is measured (details in \`bench/run.mjs\`):

- **Form page:** Alert with a title, a required text input with label, hint and error, a checkbox, a link and a
  submit button (\`bench/peers/pages/<library>.jsx\`; Stadtkern's and the baseline in \`packages/react/fixtures/pages/\`), rendered with \`createRoot\`, plus the set-up each library's
  documentation asks for (KoliBri's theme and loader, GOV.UK's JavaScript). Bundled with esbuild
  ${esbuild.version}: minified, production, React external, code splitting; the initial JS (entry chunk and its
  static imports) minus the same page in plain React elements (${kb(base.form.gzip)} gzip).
- **Button page:** one button rendered the same way, minus plain React's button page (${kb(base.button.gzip)} gzip).
- **CSS:** the stylesheets each library says to load (Stadtkern: the KERN theme and all component CSS), bundled
  and minified; fonts and images referenced by \`url()\` are not counted.
- **SSR:** \`renderToString\` of ${SSR_UNITS} × (Button + labelled text input + Alert). Each round runs every
  library in a fresh Node process in production mode (rotating order), which renders the library and the same
  units in plain React elements alternately: ${SSR_WARM_UP} warm-up renders of each, then ${SSR_TIMED} timed renders of
  each; the round's result is the ratio of the two medians. The table gives the median over rounds and the
  smallest and largest round.
- **Install footprint:** bytes on disk and packages in the dependency closure of what a developer installs for
  the form page, React excluded.

Server HTML of the SSR unit (${SSR_UNITS} units):

| Library | HTML size | Contains the label and button text | JS chunks loaded initially (form page) |
| --- | --- | --- | --- |
${facts.join('\n')}

Versions: ${rows.map((row) => `${row.versions}`).join('; ')}.

${rows
  .filter((row) => row.library.note)
  .map((row) => `- ${row.library.name}: ${row.library.note}`)
  .join('\n')}

## Targets

${targets.map(([name, met, value]) => `- ${met ? 'Met' : '**Not met**'}: ${name} — measured ${value}.`).join('\n')}
${ahead
  .map(
    ({ name, met, behind }) =>
      `- ${met ? 'Met' : '**Not met**'}: ahead of every peer on ${name}${met ? '' : ` — not ahead of ${behind.join(', ')}`}.`,
  )
  .join('\n')}
`;

const outPath = resolve(repoRoot, options.out);
// Sections other scripts write, kept as they are: the example service's (apps/example-service/bench/run.mjs) and
// the city themes at scale (scripts/scale-themes.mjs).
const kept = existsSync(outPath)
  ? ['example-service', 'city-themes'].flatMap(
      (name) =>
        new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`).exec(
          readFileSync(outPath, 'utf8'),
        )?.[0] ?? [],
    )
  : [];
writeFileSync(outPath, [report.trimEnd(), ...kept].join('\n\n') + '\n');
execFileSync(join(repoRoot, 'node_modules/.bin/prettier'), ['--write', outPath], {
  cwd: repoRoot,
  stdio: 'pipe',
});
console.log(report);
step(`written to ${options.out}`);
