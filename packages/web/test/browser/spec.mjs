// The keyboard and focus spec of @stadtkern/web in real Chromium, written once and run twice: against the
// built package (packages/web, `test:browser`) and against the installed tarball (tests/packages,
// plain-html-web.test.mjs). Both serve `page()` with a prebuilt file and call `check()`: the package its
// development file (dist/stadtkern-web.development.js, whose warnings about incomplete markup fail the
// visit), the tarball test the production file dist/stadtkern-web.js that the docs show.
import assert from 'node:assert/strict';

/**
 * A plain server-rendered form page after a failed submit: no bundler, one <script type="module">.
 * @param {{ script: string, stylesheets?: string[], theme?: string }} options URLs as the page links
 *   them, and the `data-sk-theme` of <html>
 */
export function page({ script, stylesheets = [], theme }) {
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n');
  return `<!doctype html>
<html lang="de"${theme ? ` data-sk-theme="${theme}"` : ''}>
<head>
<meta charset="utf-8">
<title>Fehler: Antrag auf Bewohnerparkausweis</title>
${links}
<script type="module" src="${script}"></script>
</head>
<body>
<main>
<h1>Antrag auf Bewohnerparkausweis</h1>
<form novalidate>
  <div class="sk-error-summary" tabindex="-1" role="alert" aria-labelledby="es-title">
    <h2 id="es-title" class="sk-error-summary__title">Es gibt ein Problem</h2>
    <ul class="sk-error-summary__list">
      <li><a class="sk-error-summary__link" href="#nachname">Geben Sie Ihren Nachnamen ein.</a></li>
      <li><a class="sk-error-summary__link" href="#tag">Geben Sie den Tag Ihres Umzugs ein.</a></li>
    </ul>
  </div>
  <div style="block-size: 150vh"></div>
  <label for="nachname">Nachname</label>
  <input id="nachname" class="sk-text-input__input" aria-invalid="true">
  <fieldset>
    <legend>Datum des Umzugs</legend>
    <label for="tag">Tag</label>
    <input id="tag" inputmode="numeric" aria-invalid="true">
  </fieldset>
  <label for="anliegen">Ihr Anliegen</label>
  <div class="sk-textarea">
    <textarea id="anliegen" class="sk-textarea__input" aria-describedby="anliegen-limit" data-sk-max-characters="20"></textarea>
    <span id="anliegen-limit" class="sk-textarea__status">Sie können bis zu 20 Zeichen eingeben.</span>
    <p class="sk-textarea__counter" aria-hidden="true">Noch 20 Zeichen</p>
    <span class="sk-textarea__status" aria-live="polite"></span>
  </div>
  <div id="later"></div>
  <div style="block-size: 150vh"></div>
</form>
</main>
</body>
</html>`;
}

/** @param {import('playwright').Page} tab a page that has loaded `page()` */
export async function check(tab) {
  const summary = tab.getByRole('alert', { name: 'Es gibt ein Problem' });
  await tab.waitForFunction(() => document.activeElement?.classList.contains('sk-error-summary'));
  assert.equal(await summary.evaluate((el) => el === document.activeElement), true);

  // Keyboard: Tab reaches the second link, Enter focuses its field and brings the legend into view.
  await tab.keyboard.press('Tab');
  await tab.keyboard.press('Tab');
  assert.equal(
    await tab.evaluate(() => document.activeElement?.textContent),
    'Geben Sie den Tag Ihres Umzugs ein.',
  );
  await tab.keyboard.press('Enter');
  assert.equal(await tab.evaluate(() => document.activeElement?.id), 'tag');
  const legendTop = await tab
    .getByText('Datum des Umzugs')
    .evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(legendTop >= -1 && legendTop < 50, `legend scrolled to the top (top: ${legendTop})`);
  assert.equal(new URL(tab.url()).hash, '', 'the link did not navigate to the fragment');

  // Character count: the counter follows typing; the polite status announces after a pause.
  const textarea = tab.getByRole('textbox', { name: 'Ihr Anliegen' });
  await textarea.fill('');
  await textarea.pressSequentially('Guten Tag');
  const counter = tab.locator('.sk-textarea__counter');
  assert.equal(await counter.textContent(), 'Noch 11 Zeichen');
  const live = tab.locator('.sk-textarea [aria-live="polite"]');
  await tab.waitForFunction(
    () => document.querySelector('.sk-textarea [aria-live="polite"]')?.textContent !== '',
  );
  assert.equal(await live.textContent(), 'Noch 11 Zeichen');
  await textarea.pressSequentially(', ich ziehe um.');
  assert.equal(await counter.textContent(), '4 Zeichen zu viel');
  assert.equal(
    await tab.locator('.sk-textarea').getAttribute('class'),
    'sk-textarea sk-textarea--over-limit',
  );

  // Markup inserted later (as Vue or htmx would) is enhanced without another call.
  await tab.evaluate(() => {
    document.getElementById('later')?.insertAdjacentHTML(
      'beforeend',
      `<div class="sk-textarea" lang="en"><textarea class="sk-textarea__input" aria-label="Notes" data-sk-max-characters="5"></textarea>
       <p class="sk-textarea__counter" aria-hidden="true">5 characters remaining</p>
       <span class="sk-textarea__status" aria-live="polite"></span></div>`,
    );
  });
  await tab.getByRole('textbox', { name: 'Notes' }).pressSequentially('abcd');
  assert.equal(
    await tab.locator('#later .sk-textarea__counter').textContent(),
    '1 character remaining',
  );
}
