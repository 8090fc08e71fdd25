// Behaviour spec: accordion (Accordion in @stadtkern/react, `.sk-accordion` in @stadtkern/web). Sections are
// native <details>: Tab reaches each summary, Enter and Space open and close it, and the heading inside
// keeps its level. Enhanced: „Alle öffnen / Alle schließen“ and opening a section by URL fragment.
import assert from 'node:assert/strict';

export const name = 'accordion';
export const story = 'komponenten-inhalt-accordion--standard';

export const html = `<div class="sk-accordion" data-sk-locale="de">
  <button type="button" class="sk-accordion__toggle-all" hidden>Alle öffnen</button>
  <details id="unterlagen" class="sk-accordion__section">
    <summary class="sk-accordion__summary"><h3 class="sk-accordion__heading">Welche Unterlagen brauche ich?</h3></summary>
    <div class="sk-accordion__content"><p>Ihren Personalausweis und den Fahrzeugschein (Zulassungsbescheinigung Teil I).</p></div>
  </details>
  <details id="kosten" class="sk-accordion__section">
    <summary class="sk-accordion__summary"><h3 class="sk-accordion__heading">Was kostet der Bewohnerparkausweis?</h3></summary>
    <div class="sk-accordion__content"><p>30 Euro für ein Jahr. Sie zahlen per Lastschrift.</p></div>
  </details>
  <details id="dauer" class="sk-accordion__section">
    <summary class="sk-accordion__summary"><h3 class="sk-accordion__heading">Wie lange dauert die Bearbeitung?</h3></summary>
    <div class="sk-accordion__content"><p>In der Regel zwei Wochen. Den Ausweis schicken wir Ihnen per Post.</p></div>
  </details>
</div>`;

const TITLES = [
  'Welche Unterlagen brauche ich?',
  'Was kostet der Bewohnerparkausweis?',
  'Wie lange dauert die Bearbeitung?',
];
const KOSTEN = '30 Euro für ein Jahr. Sie zahlen per Lastschrift.';

/** @param {import('playwright').Page} tab */
const focusedText = (tab) => tab.evaluate(() => document.activeElement?.textContent?.trim());

/** Summaries open and close by keyboard; headings keep their level. @param {import('playwright').Page} tab */
async function keyboardAndHeadings(tab) {
  for (const title of TITLES)
    assert.equal(
      await tab.getByRole('heading', { level: 3, name: title }).count(),
      1,
      `h3 „${title}“`,
    );
  const content = tab.getByText(KOSTEN);
  assert.equal(await content.isVisible(), false, 'sections start closed');
  await tab.locator('summary', { hasText: TITLES[0] }).focus();
  await tab.keyboard.press('Tab');
  assert.equal(
    await focusedText(tab),
    TITLES[1],
    'Tab goes from summary to summary of closed sections',
  );
  await tab.keyboard.press('Enter');
  assert.equal(await content.isVisible(), true, 'Enter opens the section');
  await tab.keyboard.press('Space');
  assert.equal(await content.isVisible(), false, 'Space closes it again');
  assert.equal(await focusedText(tab), TITLES[1], 'focus stays on the summary');
}

/** @param {import('playwright').Page} tab */
export async function withJavaScript(tab) {
  const toggleAll = tab.getByRole('button', { name: 'Alle öffnen' });
  await toggleAll.waitFor();
  assert.equal(await toggleAll.getAttribute('aria-expanded'), 'false');
  await keyboardAndHeadings(tab);

  // „Alle öffnen“ by keyboard opens every section and then offers „Alle schließen“.
  await toggleAll.focus();
  await tab.keyboard.press('Enter');
  const closeAll = tab.getByRole('button', { name: 'Alle schließen' });
  assert.equal(await closeAll.getAttribute('aria-expanded'), 'true');
  for (const text of [KOSTEN, 'In der Regel zwei Wochen. Den Ausweis schicken wir Ihnen per Post.'])
    assert.equal(await tab.getByText(text).isVisible(), true, `„${text}“ shown`);
  assert.equal(await focusedText(tab), 'Alle schließen', 'focus stays on the button');

  // Closing one section by hand turns the button back into „Alle öffnen“.
  await tab.locator('summary', { hasText: TITLES[0] }).click();
  await toggleAll.waitFor();
  await toggleAll.click();
  await closeAll.click();
  assert.equal(await tab.getByText(KOSTEN).isVisible(), false, '„Alle schließen“ closes all');

  // A link to a section (or into it) opens it.
  await tab.evaluate(() => {
    location.hash = '#kosten';
  });
  await tab.getByText(KOSTEN).waitFor({ state: 'visible', timeout: 5000 });
}

/** @param {import('playwright').Page} tab */
export async function withoutJavaScript(tab) {
  assert.equal(
    await tab.getByRole('button', { name: 'Alle öffnen' }).count(),
    0,
    'no button that would need a script',
  );
  await keyboardAndHeadings(tab);
}
