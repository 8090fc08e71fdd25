// Behaviour spec: password input (PasswordInput in @stadtkern/react, `.sk-password-input` in @stadtkern/web).
// The show/hide toggle follows the field in the Tab order, Enter and Space switch the field between
// password and text, its name and a polite status say what happened, focus stays on the toggle, and
// submitting the form hides the password again. The value never leaves the input. Without a script it
// is a normal password field with no toggle to see or reach.
import assert from 'node:assert/strict';

export const name = 'password-input';
export const story = 'komponenten-formular-passwordinput--anmelden';

export const html = `<form method="post" action="/anmelden">
  <div class="sk-form-field">
    <label class="sk-label" for="passwort">Passwort</label>
    <div class="sk-password-input">
      <div class="sk-text-input sk-password-input__field">
        <input
          type="password"
          class="sk-text-input__input sk-password-input__input"
          id="passwort"
          name="passwort"
          spellcheck="false"
          autocapitalize="none"
          autocomplete="current-password"
        />
      </div>
      <button
        type="button"
        class="sk-button sk-button--secondary sk-password-input__toggle"
        aria-controls="passwort"
        aria-label="Passwort anzeigen"
        hidden
      >
        Anzeigen
      </button>
      <span class="sk-password-input__status" aria-live="polite"></span>
    </div>
  </div>
  <button type="submit" class="sk-button">Anmelden</button>
</form>`;

const SECRET = 'Geheim-4711';

/** @param {import('playwright').Locator} locator */
const isFocused = (locator) => locator.evaluate((el) => el === document.activeElement);

/** @param {import('playwright').Page} tab */
export async function withJavaScript(tab) {
  const field = tab.getByLabel('Passwort', { exact: true });
  const toggle = tab.locator('.sk-password-input__toggle');
  await tab.getByRole('button', { name: 'Passwort anzeigen' }).waitFor({ timeout: 5000 });
  assert.equal(await field.getAttribute('type'), 'password', 'hidden at first');
  assert.equal(
    await toggle.getAttribute('aria-controls'),
    await field.getAttribute('id'),
    'the toggle controls the field',
  );

  await field.fill('');
  await field.pressSequentially(SECRET);
  await tab.keyboard.press('Tab');
  assert.equal(await isFocused(toggle), true, 'Tab from the field reaches the toggle');

  await tab.keyboard.press('Enter');
  assert.equal(await field.getAttribute('type'), 'text', 'Enter shows the password');
  assert.equal(await field.inputValue(), SECRET, 'the value is untouched');
  assert.equal(await tab.getByRole('button', { name: 'Passwort verbergen' }).count(), 1);
  assert.equal((await toggle.textContent())?.trim(), 'Verbergen', 'the visible text follows');
  assert.equal(
    await tab.getByText('Ihr Passwort ist sichtbar.').getAttribute('aria-live'),
    'polite',
    'the new state is announced politely',
  );
  assert.equal(await isFocused(toggle), true, 'focus stays on the toggle');

  await tab.keyboard.press('Space');
  assert.equal(await field.getAttribute('type'), 'password', 'Space hides it again');
  assert.equal(await tab.getByRole('button', { name: 'Passwort anzeigen' }).count(), 1);
  assert.equal((await toggle.textContent())?.trim(), 'Anzeigen');
  assert.equal(await tab.getByText('Ihr Passwort ist verborgen.').count(), 1);
  assert.equal(await isFocused(toggle), true, 'focus still on the toggle');

  await tab.keyboard.press('Enter');
  const copies = await tab.evaluate(
    (secret) =>
      document.documentElement.outerHTML.includes(secret) ||
      document.body.innerText.includes(secret),
    SECRET,
  );
  assert.equal(copies, false, 'the value is never copied out of the input');

  // Submitting hides the password before the browser stores the page or offers to save it. The spec
  // stops the navigation itself (its listener runs after the behaviour's).
  await field.evaluate((input) => {
    input.form?.addEventListener('submit', (event) => {
      event.preventDefault();
    });
  });
  assert.equal(await field.getAttribute('type'), 'text');
  await tab.getByRole('button', { name: 'Anmelden' }).click();
  assert.equal(await field.getAttribute('type'), 'password', 'submit hides the password');
  assert.equal(await tab.getByRole('button', { name: 'Passwort anzeigen' }).count(), 1);
  assert.equal(await field.inputValue(), SECRET, 'and sends the value unchanged');
}

/** @param {import('playwright').Page} tab */
export async function withoutJavaScript(tab) {
  const field = tab.getByLabel('Passwort', { exact: true });
  assert.equal(await field.getAttribute('type'), 'password', 'a normal password field');
  await field.fill(SECRET);
  assert.equal(await field.inputValue(), SECRET);
  assert.equal(
    await tab.getByRole('button', { name: 'Passwort anzeigen' }).count(),
    0,
    'no toggle in the accessibility tree',
  );
  assert.equal(
    await tab.locator('.sk-password-input__toggle').isVisible(),
    false,
    'none on screen',
  );
  await field.focus();
  await tab.keyboard.press('Tab');
  assert.equal(
    await isFocused(tab.getByRole('button', { name: 'Anmelden' })),
    true,
    'Tab goes from the field straight to the submit button: no stop that does nothing',
  );
}
