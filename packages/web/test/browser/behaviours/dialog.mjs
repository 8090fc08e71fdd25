// Behaviour spec: dialog (Dialog in @stadtkern/react, `.sk-dialog` in @stadtkern/web).
// A native <dialog>, opened modally by an invoker button (command="show-modal"): named by its heading,
// focus starts inside (the first focusable element of the body; in the alert dialog the cancel action),
// Tab stays out of the inert page, Escape and the close buttons close it, focus returns to the opener, and
// the page behind it does not scroll. Chromium runs the invoker commands itself, so without a script the
// openers still open the dialogs and Escape and the close buttons still close them.
import assert from 'node:assert/strict';

export const name = 'dialog';
export const story = 'komponenten-rückmeldung-dialog--bewohnerparken';

export const html = `<button type="button" class="sk-button sk-button--secondary" command="show-modal" commandfor="zone">
  Was ist eine Bewohnerparkzone?
</button>
<dialog class="sk-dialog" id="zone" aria-labelledby="zone-titel" closedby="any">
  <div class="sk-dialog__header">
    <h2 class="sk-dialog__title" id="zone-titel">Was ist eine Bewohnerparkzone?</h2>
    <button
      type="button"
      class="sk-button sk-button--tertiary sk-dialog__close"
      command="close"
      commandfor="zone"
    >
      Schließen
    </button>
  </div>
  <div class="sk-dialog__body">
    <p>
      Ein Gebiet, in dem Anwohnerinnen und Anwohner mit Bewohnerparkausweis ohne Parkschein und ohne
      Zeitgrenze parken dürfen. Welche Zone für Sie gilt, hängt von Ihrer Meldeadresse ab.
    </p>
    <p><a class="sk-link" href="/bewohnerparken/zonen">Karte der Bewohnerparkzonen</a></p>
  </div>
  <div class="sk-dialog__actions">
    <button type="button" class="sk-button" command="close" commandfor="zone">Verstanden</button>
  </div>
</dialog>
<button
  type="button"
  class="sk-button sk-button--tertiary"
  command="show-modal"
  commandfor="zurueckziehen"
>
  Antrag zurückziehen
</button>
<dialog
  class="sk-dialog sk-dialog--alert"
  id="zurueckziehen"
  role="alertdialog"
  aria-labelledby="zurueckziehen-titel"
  aria-describedby="zurueckziehen-text"
>
  <div class="sk-dialog__header">
    <h2 class="sk-dialog__title" id="zurueckziehen-titel">Antrag wirklich zurückziehen?</h2>
  </div>
  <div class="sk-dialog__body" id="zurueckziehen-text">
    <p>
      Ihr Antrag auf einen Bewohnerparkausweis wird gelöscht. Das können Sie nicht rückgängig
      machen.
    </p>
  </div>
  <div class="sk-dialog__actions">
    <form method="post" action="/antrag/zurueckziehen">
      <button type="submit" class="sk-button">Antrag zurückziehen</button>
    </form>
    <button
      type="button"
      class="sk-button sk-button--secondary"
      command="close"
      commandfor="zurueckziehen"
      autofocus
    >
      Abbrechen
    </button>
  </div>
</dialog>`;

/** @param {import('playwright').Locator} locator */
const isFocused = (locator) => locator.evaluate((el) => el === document.activeElement);

/** @param {import('playwright').Page} tab */
const focusedText = (tab) => tab.evaluate(() => document.activeElement?.textContent?.trim());

/** @param {import('playwright').Page} tab */
const openers = (tab) => ({
  zone: tab.getByRole('button', { name: 'Was ist eine Bewohnerparkzone?', exact: true }),
  // The opener, not the dialog's submit button of the same name (which is inert while closed).
  alert: tab.locator('button[commandfor="zurueckziehen"][command="show-modal"]'),
});

/**
 * Opens the dialog by keyboard on its opener and checks what every open dialog must do.
 * @param {import('playwright').Page} tab @param {import('playwright').Locator} opener
 * @param {'dialog' | 'alertdialog'} role @param {string} title
 */
async function openByKeyboard(tab, opener, role, title) {
  assert.equal(await tab.getByRole(role, { name: title }).count(), 0, 'closed at first');
  await opener.focus();
  await tab.keyboard.press('Enter');
  const dialog = tab.getByRole(role, { name: title });
  await dialog.waitFor({ timeout: 5000 });
  assert.equal(
    await dialog.evaluate((el) => el.matches(':modal')),
    true,
    'opened modally: the page behind it is inert',
  );
  assert.equal(
    await dialog.evaluate((el) => el.contains(document.activeElement)),
    true,
    'focus is inside the dialog',
  );
  return dialog;
}

/**
 * Tab and Shift+Tab never reach the page behind the dialog.
 * @param {import('playwright').Page} tab @param {import('playwright').Locator} dialog
 */
async function tabStaysInside(tab, dialog) {
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await tab.keyboard.press(key);
    const where = await dialog.evaluate((el) => {
      const active = document.activeElement;
      // The body: focus has left the document for the browser's own controls, not the page.
      if (!active || active === document.body) return 'browser';
      return el.contains(active) ? 'dialog' : `page: ${active.outerHTML.slice(0, 80)}`;
    });
    assert.notEqual(where.startsWith('page'), true, `${key} must not reach the page (${where})`);
  }
}

/** @param {import('playwright').Page} tab */
export async function withJavaScript(tab) {
  const { zone, alert } = openers(tab);
  await zone.waitFor();

  // Make the page long enough to scroll, and scroll it: the dialog must not move it.
  await tab.evaluate(() => {
    document.body.style.minBlockSize = '300vh';
    window.scrollTo(0, 0);
  });
  const dialog = await openByKeyboard(tab, zone, 'dialog', 'Was ist eine Bewohnerparkzone?');
  assert.equal(
    await focusedText(tab),
    'Karte der Bewohnerparkzonen',
    'focus starts on the first focusable element of the body (APG)',
  );
  assert.equal(
    await tab.evaluate(() => getComputedStyle(document.documentElement).overflow),
    'hidden',
    'the page is locked',
  );
  const before = await tab.evaluate(() => window.scrollY);
  await tab.mouse.move(20, 580);
  await tab.mouse.wheel(0, 800);
  await tab.keyboard.press('End');
  await tab.waitForTimeout(100);
  assert.equal(await tab.evaluate(() => window.scrollY), before, 'the page does not scroll');

  await tabStaysInside(tab, dialog);

  await tab.keyboard.press('Escape');
  assert.equal(await dialog.isVisible(), false, 'Escape closes it');
  assert.equal(await isFocused(zone), true, 'focus is back on the opener');
  assert.equal(
    await tab.evaluate(() => getComputedStyle(document.documentElement).overflow),
    'visible',
    'the page scrolls again',
  );

  // The close button in the header, by keyboard.
  await openByKeyboard(tab, zone, 'dialog', 'Was ist eine Bewohnerparkzone?');
  const close = tab.getByRole('button', { name: 'Schließen' });
  await close.focus();
  await tab.keyboard.press('Enter');
  assert.equal(await dialog.isVisible(), false, '„Schließen“ closes it');
  assert.equal(await isFocused(zone), true, 'focus is back on the opener');

  // Light dismiss: a click on the backdrop closes the information dialog.
  await openByKeyboard(tab, zone, 'dialog', 'Was ist eine Bewohnerparkzone?');
  await tab.mouse.click(10, 10);
  assert.equal(await dialog.isVisible(), false, 'a click beside it closes it');
  assert.equal(await isFocused(zone), true, 'focus is back on the opener');

  // The alert dialog: described by its message, starts on the cancel action, no light dismiss.
  const confirm = await openByKeyboard(tab, alert, 'alertdialog', 'Antrag wirklich zurückziehen?');
  const description = await confirm.evaluate((el) =>
    document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent?.trim(),
  );
  assert.match(description ?? '', /^Ihr Antrag auf einen Bewohnerparkausweis wird gelöscht\./);
  assert.equal(await focusedText(tab), 'Abbrechen', 'focus starts on the least destructive action');
  await tab.mouse.click(10, 10);
  assert.equal(await confirm.isVisible(), true, 'a click beside it does not close it');
  await tabStaysInside(tab, confirm);
  await tab.getByRole('button', { name: 'Abbrechen' }).focus();
  await tab.keyboard.press('Space');
  assert.equal(await confirm.isVisible(), false, '„Abbrechen“ closes it');
  assert.equal(await isFocused(alert), true, 'focus is back on its opener');
  await openByKeyboard(tab, alert, 'alertdialog', 'Antrag wirklich zurückziehen?');
  await tab.keyboard.press('Escape');
  assert.equal(await confirm.isVisible(), false, 'Escape closes it too');
  assert.equal(await isFocused(alert), true, 'focus is back on its opener');
}

/** @param {import('playwright').Page} tab */
export async function withoutJavaScript(tab) {
  const { zone, alert } = openers(tab);
  assert.equal(await zone.isVisible(), true, 'the opener is there');
  assert.equal(await tab.getByRole('dialog').count(), 0, 'the dialogs are closed');

  // Chromium runs the invoker commands itself.
  const dialog = await openByKeyboard(tab, zone, 'dialog', 'Was ist eine Bewohnerparkzone?');
  assert.equal(
    await tab.getByText('Karte der Bewohnerparkzonen').isVisible(),
    true,
    'the content is there',
  );
  await tab.keyboard.press('Escape');
  assert.equal(await dialog.isVisible(), false, 'Escape closes it');
  assert.equal(await isFocused(zone), true, 'focus is back on the opener');

  await openByKeyboard(tab, zone, 'dialog', 'Was ist eine Bewohnerparkzone?');
  await tab.getByRole('button', { name: 'Verstanden' }).focus();
  await tab.keyboard.press('Enter');
  assert.equal(await dialog.isVisible(), false, '„Verstanden“ closes it');

  const confirm = await openByKeyboard(tab, alert, 'alertdialog', 'Antrag wirklich zurückziehen?');
  assert.equal(await focusedText(tab), 'Abbrechen', 'autofocus: the cancel action');
  await tab.keyboard.press('Enter');
  assert.equal(await confirm.isVisible(), false, '„Abbrechen“ closes it');
  assert.equal(await isFocused(alert), true, 'focus is back on its opener');
}
