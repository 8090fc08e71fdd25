// Behaviour spec: error summary (ErrorSummary in @stadtkern/react, `.sk-error-summary` in @stadtkern/web).
// After a failed submit the summary takes focus; each link moves focus to its field and brings the
// field's label into view, without navigating to the fragment. In a single-page app (Vue, React), where a
// second failed submit loads no page, the summary takes focus again when its errors change after the
// submit; errors that change while the user types leave focus in the field (WCAG 3.2.2).
import assert from 'node:assert/strict';

export const name = 'error-summary';
export const story = 'komponenten-formular-errorsummary--standard';

export const html = `<form novalidate>
  <div class="sk-error-summary" tabindex="-1" role="alert" aria-labelledby="es-title">
    <h2 id="es-title" class="sk-error-summary__title">Es gibt ein Problem</h2>
    <ul class="sk-error-summary__list">
      <li><a class="sk-error-summary__link" href="#nachname">Geben Sie Ihren Nachnamen ein.</a></li>
      <li><a class="sk-error-summary__link" href="#plz">Die Postleitzahl hat 5 Ziffern, zum Beispiel 80331.</a></li>
    </ul>
  </div>
  <div class="sk-form-field sk-form-field--error">
    <label class="sk-label" for="nachname">Nachname</label>
    <p class="sk-error-message" id="nachname-error"><span class="sk-error-message__prefix">Fehler: </span>Geben Sie Ihren Nachnamen ein.</p>
    <div class="sk-text-input"><input type="text" class="sk-text-input__input" id="nachname" aria-describedby="nachname-error" aria-invalid="true"></div>
  </div>
  <div class="sk-form-field sk-form-field--error">
    <label class="sk-label" for="plz">Postleitzahl</label>
    <p class="sk-error-message" id="plz-error"><span class="sk-error-message__prefix">Fehler: </span>Die Postleitzahl hat 5 Ziffern, zum Beispiel 80331.</p>
    <div class="sk-text-input sk-text-input--width-5"><input type="text" inputmode="numeric" class="sk-text-input__input" id="plz" aria-describedby="plz-error" aria-invalid="true" value="8033"></div>
  </div>
</form>`;

/** @param {import('playwright').Page} tab */
export async function withJavaScript(tab) {
  const summary = tab.getByRole('alert', { name: 'Es gibt ein Problem' });
  await tab.waitForFunction(() => document.activeElement?.classList.contains('sk-error-summary'));
  assert.equal(
    await summary.evaluate((el) => el === document.activeElement),
    true,
    'summary has focus',
  );

  await tab.keyboard.press('Tab');
  await tab.keyboard.press('Tab');
  const link = tab.getByRole('link', {
    name: 'Die Postleitzahl hat 5 Ziffern, zum Beispiel 80331.',
  });
  assert.equal(
    await link.evaluate((el) => el === document.activeElement),
    true,
    'second link focused',
  );
  await tab.keyboard.press('Enter');
  const field = tab.getByRole('textbox', { name: 'Postleitzahl' });
  assert.equal(await field.evaluate((el) => el === document.activeElement), true, 'field focused');
  const box = await tab.getByText('Postleitzahl', { exact: true }).evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, height: window.innerHeight };
  });
  assert.ok(box.top >= 0 && box.bottom <= box.height, `label in view (${JSON.stringify(box)})`);
  assert.equal(new URL(tab.url()).hash, '', 'the link did not navigate to the fragment');

  // The page plays a single-page app from here on (on the React story as on plain HTML), changing the
  // summary's list as a framework's re-render does. Errors checked while the user types change the
  // summary: focus stays in the field.
  await field.pressSequentially('1');
  await summary.evaluate((el) => {
    const text = el.querySelectorAll('a.sk-error-summary__link')[1]?.firstChild;
    if (text instanceof Text) text.data = 'Die Postleitzahl gibt es nicht.';
  });
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  assert.equal(
    await field.evaluate((el) => el === document.activeElement),
    true,
    'field keeps focus',
  );

  // A second failed submit (Enter in the field): the app prevents the navigation and renders the errors
  // left — the fixed surname's item goes, as a keyed list removes it. The summary takes focus again.
  await summary.evaluate((el) => {
    const form = el.closest('form');
    form?.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        el.querySelector('li')?.remove();
      },
      { once: true },
    );
    form?.requestSubmit();
  });
  await tab.waitForFunction(() => document.activeElement?.classList.contains('sk-error-summary'));
  // The errors left, not the page loaded again (which would show both).
  assert.deepEqual(await summary.getByRole('link').allTextContents(), [
    'Die Postleitzahl gibt es nicht.',
  ]);
}

/** @param {import('playwright').Page} tab */
export async function withoutJavaScript(tab) {
  // Without a script the links are plain fragment links: following one reaches the field.
  await tab
    .getByRole('link', { name: 'Die Postleitzahl hat 5 Ziffern, zum Beispiel 80331.' })
    .click();
  assert.equal(new URL(tab.url()).hash, '#plz');
  assert.equal(
    await tab
      .getByRole('textbox', { name: 'Postleitzahl' })
      .evaluate((el) => el === document.activeElement),
    true,
    'the fragment focuses the field',
  );
}
