// `pnpm --filter @stadtkern/example-service bench`: the example service's own performance, not part of the
// tests. Builds nothing: run `pnpm example` (or the app's build) first. Measures, side by side in one run on
// the production build:
// - server response time of every page of the journey (full body, with the applicant's session cookie),
//   requests interleaved page by page over many rounds; medians, and ratios to the lightest page of the
//   same frame (Impressum) measured in the same rounds;
// - the client JavaScript each page loads in Chromium beyond Next.js's own runtime (`rootMainFiles` and
//   polyfills of the build manifest), gzip.
// Writes its section of docs/performance.md (between the example-service markers; `pnpm bench` keeps it).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { answerAll, launch, sendApplication, servicePage } from '../test/browser/journey.mjs';
import { startService, testFiles } from '../test/browser/service.mjs';

const APP = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPORT = join(APP, '../../docs/performance.md');
const ROUNDS = Number(process.env.SK_BENCH_ROUNDS ?? 40);
const CITY = 'hamburg';
const BASELINE = '/info/impressum';

const PAGES = [
  ['Start', ''],
  ['Überblick (TaskList)', '/antrag'],
  ['Wohnsitz', '/antrag/wohnsitz'],
  ['Name und Geburtsdatum', '/antrag/person'],
  ['Adresse', '/antrag/adresse'],
  ['Fahrzeug', '/antrag/fahrzeug'],
  ['Zahlung', '/antrag/zahlung'],
  ['Nachweise (FileUpload)', '/antrag/nachweise'],
  ['Angaben prüfen (SummaryList)', '/antrag/pruefen'],
  ['Erklärung', '/antrag/erklaerung'],
  ['Impressum (Rahmen)', BASELINE],
];
const SENT = [['Bestätigung (Panel, NotificationBanner)', '/antrag/bestaetigung']];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

const service = await startService();
const browser = await launch();
try {
  // Two applicants: one with every answer (not sent), one with a sent application.
  const files = testFiles();
  const open = await servicePage(browser, service.origin);
  await answerAll(open.page, `${service.origin}/${CITY}`, files);
  const sent = await servicePage(browser, service.origin);
  await answerAll(sent.page, `${service.origin}/${CITY}`, files);
  await sendApplication(sent.page);
  const cookieOf = async (context) =>
    (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const visits = [
    ...PAGES.map(([name, path]) => ({ name, path, context: open.context })),
    ...SENT.map(([name, path]) => ({ name, path, context: sent.context })),
  ];
  for (const visit of visits) visit.cookie = await cookieOf(visit.context);

  // 1. Server response time, interleaved: every round requests every page once, in rotating order.
  const times = new Map(visits.map((v) => [v.path, []]));
  for (let round = 0; round < ROUNDS + 3; round += 1) {
    for (let i = 0; i < visits.length; i += 1) {
      const visit = visits[(i + round) % visits.length];
      const start = performance.now();
      const response = await fetch(`${service.origin}/${CITY}${visit.path}`, {
        headers: { cookie: visit.cookie },
        redirect: 'manual',
      });
      await response.text();
      if (response.status !== 200) throw new Error(`${visit.path}: ${response.status}`);
      // The first rounds warm the server up and are not counted.
      if (round >= 3) times.get(visit.path).push(performance.now() - start);
    }
  }
  const baseline = median(times.get(BASELINE));

  // 2. Client JavaScript per page, beyond Next.js's runtime.
  const manifest = JSON.parse(readFileSync(join(APP, '.next/build-manifest.json'), 'utf8'));
  const runtime = new Set(
    [...manifest.rootMainFiles, ...manifest.polyfillFiles].map((f) => `/_next/${f}`),
  );
  const scripts = new Map();
  for (const visit of visits) {
    const page = await visit.context.newPage();
    const loaded = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const path = new URL(response.url()).pathname;
      loaded.push(path);
      if (!scripts.has(path))
        scripts.set(path, gzipSync(await response.body(), { level: 9 }).length);
    });
    await page.goto(`${service.origin}/${CITY}${visit.path}`, { waitUntil: 'networkidle' });
    await page.close();
    const own = [...new Set(loaded)].filter((path) => !runtime.has(path));
    visit.js = own.reduce((sum, path) => sum + (scripts.get(path) ?? 0), 0);
    visit.chunks = own.length;
  }
  const runtimeBytes = [...runtime].reduce((sum, path) => sum + (scripts.get(path) ?? 0), 0);

  const rows = visits.map((visit) => {
    const ms = median(times.get(visit.path));
    return `| ${visit.name} | \`/${CITY}${visit.path}\` | ${(ms / baseline).toFixed(2)} × | ${kb(visit.js)} (${visit.chunks} chunks) |`;
  });
  const date = new Date().toISOString().slice(0, 10);
  const section = `<!-- example-service:start -->

## The example service

Written by \`pnpm --filter @stadtkern/example-service bench\` (\`apps/example-service/bench/run.mjs\`) on ${date};
do not edit by hand. The production build of „Bewohnerparkausweis beantragen“ (\`next start\`, theme Hamburg), one
run on the same shared, noisy machine: ${ROUNDS} rounds, each requesting every page once in rotating order with the
applicant's session cookie (full response body). Times are given as the ratio of each page's median to the median
of the Impressum page — the same page frame (header, footer, colour-scheme switch) with one paragraph — measured
in the same rounds (its median in this run: ${baseline.toFixed(1)} ms, for orientation only). Client JavaScript:
every script Chromium loads for the page, gzip (level 9), minus Next.js's own runtime (\`rootMainFiles\` and
polyfills of the build manifest: ${kb(runtimeBytes)}).

| Page | Path | Server time ÷ Impressum, median | Client JS beyond Next.js's runtime, gzip |
| ---- | ---- | ------------------------------- | ---------------------------------------- |
${rows.join('\n')}

<!-- example-service:end -->`;
  const existing = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '';
  const marked = /<!-- example-service:start -->[\s\S]*<!-- example-service:end -->/;
  writeFileSync(
    REPORT,
    marked.test(existing)
      ? existing.replace(marked, section)
      : `${existing.trimEnd()}\n\n${section}\n`,
  );
  execFileSync(join(APP, '../../node_modules/.bin/prettier'), ['--write', REPORT], {
    stdio: 'pipe',
  });
  console.log(section);
} finally {
  await browser.close();
  await service.stop();
}
