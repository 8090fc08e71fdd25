// Behaviour spec: file upload (FileUpload in @stadtkern/react, `.sk-file-upload` in @stadtkern/web). The
// native file input works without a script; enhanced, the chosen files are listed with their size and a
// remove button each, files of a wrong type or too big are taken out of the input with a message, a
// drop adds files, and removing by keyboard moves focus and really takes the file out of input.files.
import assert from 'node:assert/strict';

export const name = 'file-upload';
export const story = 'komponenten-formular-fileupload--mehrere-dateien';

export const html = `<div class="sk-form-field">
  <label class="sk-label" for="nachweise">Nachweise</label>
  <div class="sk-hint" id="nachweise-hint">PDF, JPG oder PNG, höchstens 5 MB je Datei.</div>
  <div class="sk-file-upload">
    <input type="file" class="sk-file-upload__input" id="nachweise" name="nachweise" multiple accept=".pdf,.jpg,.jpeg,.png,application/pdf" data-sk-max-size="5242880" aria-describedby="nachweise-hint">
    <p class="sk-file-upload__drop-zone" hidden>oder hierher ziehen und ablegen</p>
    <ul class="sk-file-upload__list"></ul>
    <p class="sk-file-upload__status" aria-live="polite"></p>
  </div>
</div>`;

const KB = 1024;
/** @param {string} name @param {string} mimeType @param {number} size */
const file = (name, mimeType, size) => ({ name, mimeType, buffer: Buffer.alloc(size) });

/** @param {import('playwright').Locator} input */
const chosen = (input) => input.evaluate((el) => [...el.files].map((f) => f.name));
/** @param {import('playwright').Locator} locator */
const isFocused = (locator) => locator.evaluate((el) => el === document.activeElement);

/** @param {import('playwright').Page} tab */
export async function withJavaScript(tab) {
  const input = tab.getByLabel('Nachweise', { exact: true });
  assert.equal(await input.getAttribute('type'), 'file');
  const zone = tab.getByText('oder hierher ziehen und ablegen');
  await zone.waitFor({ state: 'visible' });

  await input.setInputFiles([
    file('antrag.pdf', 'application/pdf', 1.2 * KB * KB),
    file('scan.tiff', 'image/tiff', 40 * KB),
    file('foto.jpg', 'image/jpeg', 300 * KB),
    file('gross.pdf', 'application/pdf', 6 * KB * KB),
  ]);
  assert.deepEqual(
    await chosen(input),
    ['antrag.pdf', 'foto.jpg'],
    'rejected files left the input',
  );
  const items = tab.locator('.sk-file-upload__list > li');
  const texts = (await items.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
  assert.deepEqual(texts, [
    '„scan.tiff“ ist kein erlaubter Dateityp. Erlaubt: PDF, JPG, PNG.',
    '„gross.pdf“ ist größer als 5 MB.',
    'antrag.pdf 1,2 MB Entfernen',
    'foto.jpg 300 kB Entfernen',
  ]);
  const status = tab.locator('.sk-file-upload__status[aria-live="polite"]');
  assert.equal(
    (await status.textContent())?.replace(/\s+/g, ' '),
    '„scan.tiff“ ist kein erlaubter Dateityp. Erlaubt: PDF, JPG, PNG. „gross.pdf“ ist größer als 5 MB. 2 Dateien ausgewählt.',
  );

  // Remove by keyboard: Tab from the input reaches the first remove button, named with the file.
  await input.focus();
  await tab.keyboard.press('Tab');
  const removeAntrag = tab.getByRole('button', { name: 'antrag.pdf entfernen', exact: true });
  assert.equal(await isFocused(removeAntrag), true, 'Tab reaches „antrag.pdf entfernen“');
  await tab.keyboard.press('Enter');
  assert.deepEqual(await chosen(input), ['foto.jpg'], 'the file is gone from input.files');
  const removeFoto = tab.getByRole('button', { name: 'foto.jpg entfernen', exact: true });
  assert.equal(await isFocused(removeFoto), true, 'focus moves to the next remove button');
  assert.equal(await status.textContent(), '„antrag.pdf“ entfernt. 1 Datei ausgewählt.');
  await tab.keyboard.press('Space');
  assert.deepEqual(await chosen(input), []);
  assert.equal(await isFocused(input), true, 'with no file left, focus is on the input');
  assert.equal(await tab.getByRole('button', { name: /entfernen$/ }).count(), 0);

  // Drop: files dropped on the zone are checked and added to the ones chosen before.
  await input.setInputFiles([file('antrag.pdf', 'application/pdf', 2 * KB)]);
  await zone.evaluate((el) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['x'.repeat(2048)], 'plan.png', { type: 'image/png' }));
    transfer.items.add(new File(['x'], 'notiz.txt', { type: 'text/plain' }));
    el.dispatchEvent(
      new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }),
    );
  });
  assert.deepEqual(await chosen(input), ['antrag.pdf', 'plan.png'], 'the drop added plan.png');
  assert.equal(
    await tab
      .getByText('„notiz.txt“ ist kein erlaubter Dateityp. Erlaubt: PDF, JPG, PNG.', {
        exact: true,
      })
      .count(),
    1,
  );
  assert.equal(
    await tab.getByRole('button', { name: 'plan.png entfernen', exact: true }).count(),
    1,
  );
}

/** @param {import('playwright').Page} tab */
export async function withoutJavaScript(tab) {
  const input = tab.getByLabel('Nachweise', { exact: true });
  assert.equal(await input.getAttribute('type'), 'file', 'a native file input, labelled');
  assert.equal(
    await input.evaluate(
      (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent,
    ),
    'PDF, JPG oder PNG, höchstens 5 MB je Datei.',
    'the allowed types and size are said in the hint',
  );
  assert.equal(
    await tab.getByText('oder hierher ziehen und ablegen').isVisible(),
    false,
    'no drop zone without a script',
  );
  await input.setInputFiles([
    file('antrag.pdf', 'application/pdf', 2 * KB),
    file('foto.jpg', 'image/jpeg', 3 * KB),
  ]);
  assert.deepEqual(await chosen(input), ['antrag.pdf', 'foto.jpg'], 'the native input takes files');
}
