// Behaviour spec: character count (Textarea with maxCharacters in @stadtkern/react, `.sk-textarea` with
// `data-sk-max-characters` in @stadtkern/web). The visible counter follows typing, the polite status
// announces after a pause, and typing past the limit stays possible and shows the error state.
import assert from 'node:assert/strict';

export const name = 'character-count';
export const story = 'komponenten-formular-textarea--zeichenzaehler';

export const html = `<div class="sk-textarea">
  <textarea class="sk-textarea__input" aria-describedby="anliegen-limit" data-sk-max-characters="20" aria-label="Ihr Anliegen"></textarea>
  <span id="anliegen-limit" class="sk-textarea__status">Sie können bis zu 20 Zeichen eingeben.</span>
  <p class="sk-textarea__counter" aria-hidden="true">Noch 20 Zeichen</p>
  <span class="sk-textarea__status" aria-live="polite"></span>
</div>`;

/** @param {import('playwright').Page} tab */
export async function withJavaScript(tab) {
  const textarea = tab.getByRole('textbox', { name: 'Ihr Anliegen' });
  const description = await textarea.evaluate(
    (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent,
  );
  assert.equal(
    description,
    'Sie können bis zu 20 Zeichen eingeben.',
    'the limit is in the description',
  );
  await textarea.pressSequentially('Guten Tag');
  const counter = tab.locator('.sk-textarea__counter');
  assert.equal(await counter.textContent(), 'Noch 11 Zeichen');
  const live = tab.locator('.sk-textarea__status[aria-live="polite"]');
  await live.filter({ hasText: 'Noch 11 Zeichen' }).waitFor({ timeout: 5000 });
  await textarea.pressSequentially(', ich ziehe um.');
  assert.equal(await counter.textContent(), '4 Zeichen zu viel');
  assert.equal(
    await textarea.inputValue(),
    'Guten Tag, ich ziehe um.',
    'typing past the limit is kept',
  );
  const colour = await counter.evaluate((el) => getComputedStyle(el).color);
  await textarea.fill('Guten Tag');
  await live.filter({ hasText: 'Noch 11 Zeichen' }).waitFor({ timeout: 5000 });
  assert.notEqual(
    await counter.evaluate((el) => getComputedStyle(el).color),
    colour,
    'the counter has its error colour only past the limit',
  );
}

/** @param {import('playwright').Page} tab */
export async function withoutJavaScript(tab) {
  const textarea = tab.getByRole('textbox', { name: 'Ihr Anliegen' });
  await textarea.fill('Guten Tag, ich ziehe um.');
  assert.equal(
    await textarea.inputValue(),
    'Guten Tag, ich ziehe um.',
    'a plain textarea, nothing cut',
  );
  assert.equal(
    await tab.getByText('Sie können bis zu 20 Zeichen eingeben.').count(),
    1,
    'the limit is said in text',
  );
}
