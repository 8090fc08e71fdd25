// Proof that the visual comparison of visual.test.mjs can fail: a plain-HTML page (outside the published
// stories) passes against a baseline made from it, and fails — naming what it photographed, the share of
// differing pixels and the folder with expected.png, actual.png and diff.png — when a 1-px border changes colour,
// when text moves or when the page changes size. Also: a missing baseline, stale baselines, the Chromium note.
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';
import {
  MAX_DIFFERENT_PIXELS,
  UPDATE_COMMAND,
  chromiumNote,
  compareWithBaseline,
  contentScreenshot,
  staleBaselines,
} from './criteria/visual.mjs';

let browser;
let dir;
before(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
  dir = mkdtempSync(join(tmpdir(), 'sk-visual-'));
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A card with a 1-px border, a heading and a paragraph; the options change one thing. */
function card({ border = '#1f4e79', indent = 0, more = '' } = {}) {
  return `<div class="karte" style="width:320px;padding:16px;border:1px solid ${border};font:16px/1.5 sans-serif">
    <h2 style="margin:0 0 8px;font-size:20px">Bewohnerparkausweis</h2>
    <p style="margin:0;padding-left:${indent}px">Gültig in der Zone 12 bis zum 31. Dezember.</p>${more}
  </div>`;
}

/** The screenshot visual.test.mjs would take of `body` inside `<div id="root">`, on a fresh page. */
async function screenshot(body) {
  const context = await browser.newContext({
    viewport: { width: 1024, height: 768 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  try {
    const page = await context.newPage();
    await page.setContent(
      `<!doctype html><html lang="de"><body style="margin:0"><div id="root" style="padding:16px">${body}</div></body></html>`,
    );
    await page.evaluate(() => document.fonts.ready);
    return await contentScreenshot(page, '#root');
  } finally {
    await context.close();
  }
}

/** A baseline made from the unchanged card, in a folder of its own. */
async function baselineOfCard(name) {
  const baseline = join(dir, name, 'baseline.png');
  const failures = join(dir, name, 'failures');
  const actual = await screenshot(card());
  assert.deepEqual(
    compareWithBaseline({ actual, baseline, failures, label: 'fixture', update: true }),
    [],
  );
  assert.ok(existsSync(baseline), 'the update wrote no baseline');
  return { baseline, failures };
}

/** Asserts that the three images of a failed comparison are in `failures`. */
function assertImages(failures) {
  assert.deepEqual(readdirSync(failures).sort(), ['actual.png', 'diff.png', 'expected.png']);
}

it('a page passes against a baseline made from it, and a colour change too small to see passes too', async () => {
  const { baseline, failures } = await baselineOfCard('same');
  const again = await screenshot(card());
  assert.deepEqual(
    compareWithBaseline({ actual: again, baseline, failures, label: 'fixture karte' }),
    [],
  );
  // #1f4e79 → #1f4e7a: one step in one channel, below the threshold.
  const nudged = await screenshot(card({ border: '#1f4e7a' }));
  assert.ok(!nudged.equals(readFileSync(baseline)), 'the nudged border drew the same PNG');
  assert.deepEqual(
    compareWithBaseline({ actual: nudged, baseline, failures, label: 'fixture karte' }),
    [],
  );
  assert.ok(!existsSync(failures), 'a passing comparison wrote images');
});

it('a 1-px border in another colour fails, with the share of pixels and the folder of the three images', async () => {
  const { baseline, failures } = await baselineOfCard('border');
  const problems = compareWithBaseline({
    actual: await screenshot(card({ border: '#b3261e' })),
    baseline,
    failures,
    label: 'fixture karte in theme kern, light',
    note: 'Hinweis zur Chromium-Version',
  });
  assert.equal(problems.length, 1);
  const [problem] = problems;
  const [, count] = /: (\d+) pixels differ \(\d+\.\d{3} % of \d+ × \d+ px; at most \d+ may\)/.exec(
    problem,
  ) ?? [problem, 'no count'];
  assert.ok(Number(count) > MAX_DIFFERENT_PIXELS, problem);
  assert.ok(problem.startsWith('fixture karte in theme kern, light: '), problem);
  assert.ok(problem.includes(`are in ${failures}/`), problem);
  assert.ok(problem.includes(UPDATE_COMMAND), problem);
  assert.ok(problem.endsWith('\n  Hinweis zur Chromium-Version'), problem);
  assertImages(failures);
});

it('text moved by 3 px fails and writes the three images', async () => {
  const { baseline, failures } = await baselineOfCard('moved');
  const [problem, ...rest] = compareWithBaseline({
    actual: await screenshot(card({ indent: 3 })),
    baseline,
    failures,
    label: 'fixture karte',
  });
  assert.match(problem ?? '', /^fixture karte: \d+ pixels differ \(\d+\.\d{3} % of 1024 × \d+ px/);
  assert.deepEqual(rest, []);
  assertImages(failures);
});

it('a change of size fails and writes the three images; the update command then accepts it', async () => {
  const { baseline, failures } = await baselineOfCard('size');
  const taller = await screenshot(card({ more: '<p style="margin:0">Gebühr: 30 Euro</p>' }));
  const [problem, ...rest] = compareWithBaseline({
    actual: taller,
    baseline,
    failures,
    label: 'fixture karte',
  });
  assert.match(
    problem ?? '',
    /^fixture karte: the size changed from 1024 × (\d+) px to 1024 × (?!\1)\d+ px \(\d+ pixels, \d+\.\d{3} %, differ/,
  );
  assert.deepEqual(rest, []);
  assertImages(failures);
  // After an intended change, the update writes the new picture; the next comparison passes.
  assert.deepEqual(
    compareWithBaseline({ actual: taller, baseline, failures, label: 'fixture', update: true }),
    [],
  );
  assert.deepEqual(
    compareWithBaseline({ actual: taller, baseline, failures, label: 'fixture karte' }),
    [],
  );
});

it('a missing baseline fails and names the update command', async () => {
  const failures = join(dir, 'missing', 'failures');
  const [problem, ...rest] = compareWithBaseline({
    actual: await screenshot(card()),
    baseline: join(dir, 'missing', 'baseline.png'),
    failures,
    label: 'fixture karte',
  });
  assert.ok(problem?.startsWith('fixture karte: no baseline '), problem);
  assert.ok(problem.includes(`run \`${UPDATE_COMMAND}\``), problem);
  assert.deepEqual(rest, []);
  assert.deepEqual(readdirSync(failures), ['actual.png']);
});

it('finds baselines whose story or theme is gone, and the update deletes them', () => {
  const root = join(dir, 'baselines');
  for (const file of [
    'kern-light/a.png',
    'kern-light/b.png',
    'kern-light/a.txt',
    'alt-light/a.png',
  ]) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
  }
  writeFileSync(join(root, 'CHROMIUM_VERSION'), '1\n');
  writeFileSync(join(root, 'notes.md'), '');
  const expected = new Map([['kern-light', new Set(['a'])]]);
  const options = { keep: ['CHROMIUM_VERSION'] };
  assert.deepEqual(staleBaselines(root, expected, options), [
    'alt-light/a.png',
    'kern-light/a.txt',
    'kern-light/b.png',
    'notes.md',
  ]);
  assert.deepEqual(staleBaselines(root, expected, { ...options, remove: true }), []);
  assert.deepEqual(staleBaselines(root, expected, options), []);
  assert.deepEqual(readdirSync(root).sort(), ['CHROMIUM_VERSION', 'kern-light']);
  assert.deepEqual(readdirSync(join(root, 'kern-light')), ['a.png']);
});

it('notes another Chromium than the baselines were made with', () => {
  assert.equal(chromiumNote('156.0.8078.108', '156.0.8078.108'), '');
  const note = chromiumNote('155.0.7000.1', '156.0.8078.108');
  assert.match(
    note,
    /made with Chromium 155\.0\.7000\.1, this run uses Chromium 156\.0\.8078\.108/,
  );
  assert.ok(note.includes(UPDATE_COMMAND), note);
  assert.match(chromiumNote(undefined, '156.0.8078.108'), /Chromium \(version not recorded\)/);
});
