// Behaviour spec: accordion (Accordion in @stadtkern/react, `.sk-accordion` in @stadtkern/web). Sections are
// native <details>: Tab reaches each summary, Enter and Space open and close it, and the heading inside
// keeps its level in the accessibility tree. Enhanced: „Alle öffnen / Alle schließen“ (aria-expanded, in
// step with every section opened or closed by hand) and opening a section by URL fragment.
import assert from 'node:assert/strict';

export const name = 'accordion';
export const story = 'komponenten-inhalt-accordion--standard';

export const html = `<div class="sk-accordion">
  <button type="button" class="sk-accordion__toggle-all" hidden>Alle öffnen</button>
  <details class="sk-accordion__section" id="unterlagen">
    <summary class="sk-accordion__summary">
      <h3 class="sk-accordion__heading">Welche Unterlagen brauche ich?</h3>
    </summary>
    <div class="sk-accordion__content">
      <p>Ihren Personalausweis und den Fahrzeugschein (Zulassungsbescheinigung Teil I).</p>
    </div>
  </details>
  <details class="sk-accordion__section" id="kosten">
    <summary class="sk-accordion__summary">
      <h3 class="sk-accordion__heading">Was kostet der Bewohnerparkausweis?</h3>
    </summary>
    <div class="sk-accordion__content">
      <p>30 Euro für ein Jahr. Sie zahlen per Lastschrift.</p>
    </div>
  </details>
  <details class="sk-accordion__section" id="dauer">
    <summary class="sk-accordion__summary">
      <h3 class="sk-accordion__heading">Wie lange dauert die Bearbeitung?</h3>
    </summary>
    <div class="sk-accordion__content">
      <p>In der Regel zwei Wochen. Den Ausweis schicken wir Ihnen per Post.</p>
    </div>
  </details>
</div>`;

const TITLES = [
  'Welche Unterlagen brauche ich?',
  'Was kostet der Bewohnerparkausweis?',
  'Wie lange dauert die Bearbeitung?',
];
const CONTENTS = [
  'Ihren Personalausweis und den Fahrzeugschein (Zulassungsbescheinigung Teil I).',
  '30 Euro für ein Jahr. Sie zahlen per Lastschrift.',
  'In der Regel zwei Wochen. Den Ausweis schicken wir Ihnen per Post.',
];
/** How long a state that follows a native `toggle` event may take to show. */
const SOON = { timeout: 2000 };

/** @param {import('playwright').Page} tab */
const focusedText = (tab) => tab.evaluate(() => document.activeElement?.textContent?.trim());

/** @param {import('playwright').Page} tab */
const shown = (tab) => Promise.all(CONTENTS.map((text) => tab.getByText(text).isVisible()));

/**
 * Every summary is a Tab stop that Enter and Space open and close, focus staying on it; the headings
 * inside keep level 3; all content is reachable. Leaves every section closed.
 * @param {import('playwright').Page} tab
 */
async function sectionsByKeyboard(tab) {
  for (const title of TITLES)
    assert.equal(
      await tab.getByRole('heading', { level: 3, name: title }).count(),
      1,
      `„${title}“ is a heading of level 3 inside its summary`,
    );
  assert.deepEqual(await shown(tab), [false, false, false], 'sections start closed');
  await tab.locator('summary', { hasText: TITLES[0] }).focus();
  for (const [index, title] of TITLES.entries()) {
    if (index > 0) await tab.keyboard.press('Tab');
    assert.equal(await focusedText(tab), title, 'Tab goes from summary to summary');
    await tab.keyboard.press('Enter');
    assert.equal(await tab.getByText(CONTENTS[index]).isVisible(), true, `Enter opens „${title}“`);
    await tab.keyboard.press('Space');
    assert.equal(await tab.getByText(CONTENTS[index]).isVisible(), false, 'Space closes it');
    await tab.keyboard.press('Space');
    assert.equal(await tab.getByText(CONTENTS[index]).isVisible(), true, 'Space opens it');
    assert.equal(await focusedText(tab), title, 'focus stays on the summary');
    await tab.keyboard.press('Enter');
  }
  assert.deepEqual(await shown(tab), [false, false, false], 'Enter closes each again');
}

/** @param {import('playwright').Page} tab */
export async function withJavaScript(tab) {
  const openAll = tab.getByRole('button', { name: 'Alle öffnen', exact: true });
  const closeAll = tab.getByRole('button', { name: 'Alle schließen', exact: true });
  await openAll.waitFor();
  assert.equal(
    await openAll.getAttribute('aria-expanded'),
    'false',
    'collapsed while any is closed',
  );
  await sectionsByKeyboard(tab);

  // „Alle öffnen“ by keyboard opens every section and then offers „Alle schließen“.
  await openAll.focus();
  await tab.keyboard.press('Enter');
  assert.deepEqual(await shown(tab), [true, true, true], '„Alle öffnen“ opens every section');
  assert.equal(await closeAll.getAttribute('aria-expanded'), 'true', 'expanded when all are open');
  assert.equal(await focusedText(tab), 'Alle schließen', 'focus stays on the button');

  // Closing one section by hand makes it „Alle öffnen“ again; opening it again „Alle schließen“.
  await tab.locator('summary', { hasText: TITLES[1] }).focus();
  await tab.keyboard.press('Enter');
  await openAll.waitFor(SOON);
  assert.equal(await openAll.getAttribute('aria-expanded'), 'false');
  await tab.keyboard.press('Space');
  await closeAll.waitFor(SOON);

  // „Alle schließen“ closes every section.
  await closeAll.focus();
  await tab.keyboard.press('Space');
  assert.deepEqual(
    await shown(tab),
    [false, false, false],
    '„Alle schließen“ closes every section',
  );
  assert.equal(await focusedText(tab), 'Alle öffnen', 'and says „Alle öffnen“ again');

  // A link to a section opens that section, and only that one.
  await tab.evaluate(() => {
    location.hash = '#kosten';
  });
  await tab.getByText(CONTENTS[1]).waitFor({ state: 'visible', ...SOON });
  assert.deepEqual(await shown(tab), [false, true, false], 'the fragment opens its section');
  assert.equal(await openAll.count(), 1, 'some sections are still closed');
}

/** @param {import('playwright').Page} tab */
export async function withoutJavaScript(tab) {
  assert.equal(
    await tab.locator('.sk-accordion').getByRole('button').count(),
    0,
    'no „Alle öffnen“ button, which would need a script',
  );
  await sectionsByKeyboard(tab);
}
