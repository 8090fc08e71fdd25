// Proof that the checks of criteria.test.mjs can fail: each one rejects a deliberately broken fixture
// (plain HTML, outside the published stories) and accepts its repaired counterpart.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';
import {
  TEXT_SPACING_CSS,
  ariaSnapshotDifference,
  clippedText,
  horizontalOverflow,
  motion,
} from './criteria/checks.mjs';

let browser;
before(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
});
after(() => browser?.close());

/** A page with `body` inside `<div id="root">`, at the given viewport. */
async function fixture(body, { width = 1024, reducedMotion = 'reduce' } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 600 }, reducedMotion });
  const page = await context.newPage();
  await page.setContent(
    `<!doctype html><html lang="de"><body style="margin:0"><div id="root">${body}</div></body></html>`,
  );
  return { page, close: () => context.close() };
}

it('reflow: a fixed-width block that makes the page scroll sideways at 320 px fails; a scroll region passes', async () => {
  const broken = await fixture(
    '<div class="breit" style="width:400px">Tabelle ohne Scrollbereich</div>',
    { width: 320 },
  );
  const [problem, ...rest] = await horizontalOverflow(broken.page, '#root');
  assert.match(problem ?? '', /scrolls sideways at 320 px .*div\.breit/);
  assert.deepEqual(rest, []);
  await broken.close();
  const repaired = await fixture(
    '<div style="overflow-x:auto"><div style="width:400px">Tabelle im Scrollbereich</div></div>',
    { width: 320 },
  );
  assert.deepEqual(await horizontalOverflow(repaired.page, '#root'), []);
  await repaired.close();
});

it('text spacing: text in a box of fixed height that hides its overflow is cut off with the overrides', async () => {
  const body =
    '<p class="knapp" style="width:220px;height:3.7em;line-height:1.2;overflow:hidden;margin:0">Ein Satz, der mit größerem Abstand nicht mehr in seine Box passt.</p>';
  const page = await fixture(body);
  assert.deepEqual(
    await clippedText(page.page, '#root'),
    [],
    'cut off already without the overrides',
  );
  await page.page.addStyleTag({ content: TEXT_SPACING_CSS });
  const [problem] = await clippedText(page.page, '#root');
  assert.match(problem ?? '', /text cut off in p\.knapp: „Ein Satz/);
  await page.close();
});

it('200 % text: a button of fixed height in px cuts off its label; one sized in em does not', async () => {
  const page = await fixture(
    '<button class="fest" style="height:24px;overflow:hidden;font-size:1rem">Antrag absenden</button> <button style="min-height:1.5em;overflow:hidden;font-size:1rem">Abbrechen</button>',
    { width: 1280 },
  );
  await page.page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  assert.deepEqual(await clippedText(page.page, '#root'), [
    'text cut off in button.fest: „Antrag absenden“',
  ]);
  await page.close();
});

it('motion: an animation that ignores prefers-reduced-motion fails; one that honours it passes', async () => {
  const css = `<style>
    @keyframes drehen { to { transform: rotate(1turn); } }
    .dreht { animation: drehen 2s linear infinite; }
    .ruhig { transition: opacity 400ms; }
    @media (prefers-reduced-motion: reduce) { .ruhig { transition-duration: 0.01ms; } }
  </style>`;
  const page = await fixture(`${css}<div class="dreht">…</div><div class="ruhig">…</div>`);
  const problems = await motion(page.page, '#root');
  assert.ok(
    problems.includes('div.dreht moves for 2000 ms with prefers-reduced-motion: reduce'),
    problems.join('\n'),
  );
  assert.ok(!problems.some((p) => p.includes('ruhig')), problems.join('\n'));
  await page.close();
});

it('accessibility tree: a changed name, role or state fails against the committed snapshot', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'sk-aria-')), 'fixture.yml');
  const committed = await fixture('<button aria-expanded="false">Menü</button>');
  assert.deepEqual(await ariaSnapshotDifference(committed.page, '#root', file, true), []);
  assert.deepEqual(await ariaSnapshotDifference(committed.page, '#root', file, false), []);
  await committed.close();
  for (const changed of [
    '<button aria-expanded="false">Navigation</button>',
    '<div aria-expanded="false">Menü</div>',
    '<button aria-expanded="true">Menü</button>',
  ]) {
    const page = await fixture(changed);
    const [problem] = await ariaSnapshotDifference(page.page, '#root', file, false);
    assert.match(problem ?? '', /^the accessibility tree changed \(- committed, \+ now\):\n/);
    assert.ok(problem?.includes('\n  - - button "Menü"'), problem);
    await page.close();
  }
});
