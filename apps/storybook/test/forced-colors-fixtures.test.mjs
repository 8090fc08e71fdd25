// Proof that the forced-colours checks of forced-colors.test.mjs can fail: each one rejects a deliberately broken
// fixture (plain HTML, outside the published stories) and accepts its repaired counterpart, in Chromium with
// `forced-colors: active` emulated.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { chromium } from 'playwright';
import {
  baselineOf,
  capture,
  forcedColorsLaunchOptions,
  indistinguishableStates,
  invisibleFocus,
  missingBoundaries,
  vanishingIcons,
} from './criteria/forced-colors.mjs';

let browser;
before(async () => {
  browser = await chromium.launch(forcedColorsLaunchOptions());
});
after(() => browser?.close());

/** A page in forced colours with `body` inside `<div id="root">`. */
async function fixture(body, { height = 600 } = {}) {
  const context = await browser.newContext({
    viewport: { width: 800, height },
    reducedMotion: 'reduce',
    forcedColors: 'active',
  });
  const page = await context.newPage();
  await page.setContent(
    `<!doctype html><html lang="de"><body style="margin:0;font:16px sans-serif"><div id="root" style="padding:16px">${body}</div></body></html>`,
  );
  return { page, close: () => context.close() };
}

/** A check run on a fresh fixture page. */
async function run(check, body, options) {
  const { page, close } = await fixture(body, options);
  try {
    return await check(page, '#root', { baseline: baselineOf(page, '#root') });
  } finally {
    await close();
  }
}

const CHECK_MARK = `url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M9.5 16.2 4.8 11.5l-1.6 1.6 6.3 6.3L21 7.9l-1.6-1.6z'/%3E%3C/svg%3E")`;

it('emulates forced colours in the fixtures, and Chromium draws a transparent border there', async () => {
  const { page, close } = await fixture(
    '<button id="b" style="border:4px solid transparent;background:#005ea5;color:#fff;padding:8px">Weiter</button>',
  );
  assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
  const { colour, box } = await page.evaluate(() => {
    const button = /** @type {HTMLElement} */ (document.getElementById('b'));
    return {
      colour: getComputedStyle(button).borderTopColor,
      box: button.getBoundingClientRect().toJSON(),
    };
  });
  assert.doesNotMatch(colour, /rgba\(.*, 0\)$/, 'the border is still transparent');
  // Pixels of the top border: the forced border colour, not the Canvas around the button.
  const top = await capture(page, { x: box.x + 10, y: box.y, width: 20, height: 4 });
  const outside = await capture(page, { x: box.x + 10, y: box.y - 6, width: 20, height: 4 });
  assert.ok(top && outside);
  assert.notDeepEqual([...top.data.subarray(0, 3)], [...outside.data.subarray(0, 3)]);
  await close();
});

it('boundaries: a button drawn by its fill alone and a filled summary fail; a transparent border, an outline, link style and native controls pass', async () => {
  assert.deepEqual(
    await run(
      missingBoundaries,
      `<button class="gefuellt" style="border:0;background:#005ea5;color:#fff;padding:8px 16px">Absenden</button>
       <details><summary class="knopf" style="display:inline-block;list-style:none;background:#eee;padding:8px">Mehr</summary>Text</details>
       <input class="feld" style="border:0;background:#f3f3f3;padding:8px" aria-label="Name">`,
    ),
    [
      'button.gefuellt „Absenden“ has no visible boundary in forced colours',
      'summary.knopf „Mehr“ has no visible boundary in forced colours',
      'input.feld „Name“ has no visible boundary in forced colours',
    ],
  );
  assert.deepEqual(
    await run(
      missingBoundaries,
      `<button style="border:2px solid transparent;background:#005ea5;color:#fff;padding:8px 16px">Absenden</button>
       <button style="border:0;outline:2px solid transparent;background:#005ea5;color:#fff">Weiter</button>
       <button style="border:0;background:none;text-decoration:underline;color:#005ea5">Alle öffnen</button>
       <details><summary>Mehr</summary>Text</details>
       <input style="border:2px solid #333" aria-label="Name">
       <input type="checkbox" aria-label="Zustimmen"> <input type="radio" aria-label="Ja">
       <label><input type="checkbox" style="position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)"> Verdeckt</label>`,
    ),
    [],
  );
});

it('focus: a box-shadow ring (forced to none) and a text field without an outline fail, also below the fold; a transparent outline passes', async () => {
  const css = `<style>
    button, input { border: 2px solid; padding: 8px; margin: 8px; font: inherit; }
    .schatten:focus-visible { outline: none; box-shadow: 0 0 0 4px #005ea5; }
    /* Chromium itself turns a focused field's border Highlight in forced colours; this rule takes that away. */
    .ohne:focus-visible { outline: none; border-color: CanvasText; }
    .ring:focus-visible { outline: 3px solid transparent; outline-offset: 2px; box-shadow: 0 0 0 4px #005ea5; }
  </style>`;
  assert.deepEqual(
    await run(
      invisibleFocus,
      `${css}<button class="ring">Zurück</button><button class="schatten">Weiter</button>
       <input class="ohne" aria-label="Name" value="Meier">
       <div style="height:900px"></div><button class="schatten">Unten</button>
       <div style="height:900px"></div><button class="schatten">Ganz unten</button>`,
    ),
    [
      'button.schatten „Weiter“ shows no visible focus indicator in forced colours',
      'input.ohne „Name“ shows no visible focus indicator in forced colours',
      // Tab scrolled the page for these two; the walk goes on after each.
      'button.schatten „Unten“ shows no visible focus indicator in forced colours',
      'button.schatten „Ganz unten“ shows no visible focus indicator in forced colours',
    ],
  );
  assert.deepEqual(
    await run(
      invisibleFocus,
      `${css}<button class="ring">Zurück</button><button class="ring">Weiter</button>
       <input class="ring" aria-label="Name" value="Meier"><a href="#x">Link mit Standardring</a>
       <div style="height:900px"></div><button class="ring">Unten</button>
       <div style="position:relative;border:1px solid;padding:16px;width:300px">
         <h3 style="margin:0"><a class="karte" href="#k" style="outline:none">Karte</a></h3>
         <style>.karte::after { content: ''; position: absolute; inset: 0; }
           .karte:focus-visible::after { outline: 3px solid Highlight; }</style>
       </div>`,
    ),
    [],
  );
});

it('states: a checkbox checked only by its fill and tabs selected only by a fill or by the colour of a bar fail; a check mark and a bar only the selected tab has pass', async () => {
  const broken = `<style>
    .haken { appearance: none; width: 24px; height: 24px; border: 2px solid #333; margin: 8px; }
    .haken:checked { background: #005ea5; }
    [role='tab'] { border: 0; background: none; padding: 8px; font: inherit; }
    .fuellung[aria-selected='true'] { background: #005ea5; color: #fff; }
    /* Forced colours draw the transparent bar of every tab: the selected one differs by its colour alone. */
    .balken { border-bottom: 4px solid transparent; }
    .balken[aria-selected='true'] { border-bottom-color: #005ea5; }
    @media (forced-colors: active) { .balken[aria-selected='true'] { border-bottom-color: Highlight; } }
  </style>
  <input type="checkbox" class="haken" checked aria-label="Zustimmen">
  <div role="tablist"><button role="tab" class="fuellung" aria-selected="true">Antrag</button><button role="tab" class="fuellung" aria-selected="false">Bescheid</button></div>
  <div role="tablist"><button role="tab" class="balken" aria-selected="true">Unterlagen</button><button role="tab" class="balken" aria-selected="false">Kosten</button></div>`;
  assert.deepEqual(await run(indistinguishableStates, broken), [
    'input.haken „Zustimmen“ looks the same checked and unchecked in forced colours',
    'button.fuellung „Antrag“ looks the same with and without aria-selected in forced colours',
    'button.balken „Unterlagen“ differs only in colour with and without aria-selected in forced colours',
  ]);
  const repaired = `<style>
    .haken { appearance: none; display: inline-grid; place-content: center; width: 24px; height: 24px; border: 2px solid #333; margin: 8px; }
    .haken::before { content: ''; width: 18px; height: 18px; background-color: currentColor; mask: ${CHECK_MARK} center / contain no-repeat; transform: scale(0); }
    .haken:checked::before { transform: scale(1); }
    @media (forced-colors: active) { .haken::before { forced-color-adjust: none; background-color: CanvasText; } }
    [role='tab'] { border: 0; border-bottom: 4px solid transparent; background: none; padding: 8px; font: inherit; }
    [role='tab'][aria-selected='true'] { border-bottom-color: #005ea5; }
    @media (forced-colors: active) {
      [role='tab'] { border-bottom-color: Canvas; }
      [role='tab'][aria-selected='true'] { border-bottom-color: Highlight; }
    }
  </style>
  <input type="checkbox" class="haken" checked aria-label="Zustimmen">
  <div role="tablist"><button role="tab" aria-selected="true">Antrag</button><button role="tab" aria-selected="false">Bescheid</button></div>
  <button aria-expanded="true" style="border:2px solid;padding:8px">Alle schließen</button>
  <details open><summary>Mehr</summary>Text</details>
  <nav><a href="#a" aria-current="page" style="font-weight:bold">Übersicht</a></nav>`;
  // aria-expanded is said by the button's text alone, and the link is bold without its aria-current too:
  // neither state is drawn in normal colours either, so neither is reported.
  assert.deepEqual(await run(indistinguishableStates, repaired), []);
});

it('icons: a mask icon painted with background-color and a white SVG on a fill vanish; forced-color-adjust with CanvasText and currentColor keep them', async () => {
  const broken = `<style>
    .warnung::before { content: ''; display: inline-block; width: 24px; height: 24px; margin-right: 8px; vertical-align: middle;
      background-color: currentColor; mask: ${CHECK_MARK} center / contain no-repeat; }
    .kreis { display: inline-flex; padding: 4px; border-radius: 50%; background: #005ea5; }
  </style>
  <p class="warnung">Frist beachten</p>
  <span class="kreis"><svg class="symbol" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path fill="#fff" d="M9.5 16.2 4.8 11.5l-1.6 1.6 6.3 6.3L21 7.9l-1.6-1.6z"/></svg></span>`;
  assert.deepEqual(await run(vanishingIcons, broken), [
    'svg.symbol in span.kreis (an icon) vanishes in forced colours',
    'p.warnung „Frist beachten“::before (an icon) vanishes in forced colours',
  ]);
  const repaired = broken
    .replace(
      '</style>',
      '@media (forced-colors: active) { .warnung::before { forced-color-adjust: none; background-color: CanvasText; } }</style>',
    )
    .replace('<path fill="#fff"', '<path fill="currentColor"')
    .replace('class="kreis"', 'class="kreis" style="color:#fff"');
  assert.deepEqual(await run(vanishingIcons, repaired), []);
});
