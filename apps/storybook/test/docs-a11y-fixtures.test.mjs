// Proof that the docs-page check (docs-a11y.test.mjs) can fail: the shared axe runner reports a real violation,
// and its written exemptions drop exactly the nodes they name — inside examples, not on the page around them.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { chromium } from 'playwright';
import { axeChecker } from '../../../scripts/lib/axe.mjs';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';

const axeViolations = axeChecker(import.meta.url);
const EXAMPLES = [{ rule: 'landmark-unique', inside: '.docs-story', reason: 'fixture' }];
const page_ = (body) =>
  `<!doctype html><html lang="de"><title>Fixture</title><body><main><h1>Seite</h1>${body}</main></body></html>`;
const nav = '<nav aria-label="Brotkrumenpfad"><a href="#a">Start</a></nav>';

let browser;
let page;
before(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await browser.newPage();
});
after(async () => {
  await browser?.close();
});

it('reports text below 4.5:1 on a docs page', async () => {
  await page.setContent(page_('<p style="color:#aaa;background:#fff">Zu blass</p>'));
  assert.match((await axeViolations(page)).join('\n'), /^color-contrast: /m);
});

it('drops a duplicate landmark name inside examples only', async () => {
  await page.setContent(
    page_(`<div class="docs-story">${nav}</div><div class="docs-story">${nav}</div>`),
  );
  assert.deepEqual(await axeViolations(page, { exempt: EXAMPLES }), []);
  assert.match((await axeViolations(page)).join('\n'), /^landmark-unique: /m);
  await page.setContent(page_(`${nav}${nav}`));
  assert.match((await axeViolations(page, { exempt: EXAMPLES })).join('\n'), /^landmark-unique: /m);
});

it('applies a whenPresent exemption only where its selector matches', async () => {
  const exempt = [
    { rule: 'landmark-no-duplicate-main', whenPresent: '.docs-story main', reason: 'fixture' },
  ];
  await page.setContent(
    `<!doctype html><html lang="de"><title>F</title><body><main><h1>A</h1></main><main><p>B</p></main></body></html>`,
  );
  assert.match(
    (await axeViolations(page, { exempt })).join('\n'),
    /^landmark-no-duplicate-main: /m,
  );
});
