// One SSR round for one library, in a fresh process (started by run.mjs with NODE_ENV=production):
// node ssr-child.mjs <baseline.mjs> <library.mjs> <units> <warm-up renders> <timed renders>
// Renders the plain-React baseline and the library alternately, so that both see the same machine
// state, and prints the median time of each, their ratio and facts about the library's HTML as JSON.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [baselineFile, libraryFile, units, warmUp, timed] = process.argv.slice(2);
const baseline = (await import(pathToFileURL(baselineFile).href)).render;
const library = (await import(pathToFileURL(libraryFile).href)).render;
const count = Number(units);

function time(render) {
  const start = performance.now();
  const html = render(count);
  return { ms: performance.now() - start, html };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

let html = '';
for (let i = 0; i < Number(warmUp); i += 1) {
  baseline(count);
  html = library(count);
}
const baselineTimes = [];
const libraryTimes = [];
for (let i = 0; i < Number(timed); i += 1) {
  // Alternate which one goes first, so neither always runs right after the other's garbage.
  let mine;
  let base;
  if (i % 2) {
    mine = time(library);
    base = time(baseline);
  } else {
    base = time(baseline);
    mine = time(library);
  }
  libraryTimes.push(mine.ms);
  baselineTimes.push(base.ms);
  html = mine.html;
}
const libraryMedian = median(libraryTimes);
const baselineMedian = median(baselineTimes);
process.stdout.write(
  JSON.stringify({
    baseline: baselineMedian,
    library: libraryMedian,
    ratio: libraryMedian / baselineMedian,
    htmlBytes: Buffer.byteLength(html),
    // Does the server HTML carry the content, or only empty shells?
    hasLabelText: html.includes('>Nachname<'),
    hasButtonText: html.includes('>Senden<'),
  }),
);
