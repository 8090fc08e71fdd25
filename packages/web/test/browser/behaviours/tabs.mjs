// Behaviour spec: tabs (Tabs in @stadtkern/react, `.sk-tabs` in @stadtkern/web), after the WAI-ARIA APG tabs
// pattern with automatic activation. Without a script the same markup is a table of contents linking to
// every section, each with its heading.
import assert from 'node:assert/strict';

export const name = 'tabs';
export const story = 'komponenten-inhalt-tabs--standard';

export const html = `<div class="sk-tabs">
  <ul class="sk-tabs__list" aria-label="Bewohnerparkausweis">
    <li class="sk-tabs__item"><a class="sk-tabs__tab" href="#info-antrag">Antrag</a></li>
    <li class="sk-tabs__item"><a class="sk-tabs__tab" href="#info-unterlagen">Unterlagen</a></li>
    <li class="sk-tabs__item"><a class="sk-tabs__tab" href="#info-kosten">Kosten</a></li>
  </ul>
  <section id="info-antrag" class="sk-tabs__panel">
    <h2 class="sk-tabs__heading">Antrag</h2>
    <p>Sie beantragen den Ausweis online in etwa 10 Minuten.</p>
  </section>
  <section id="info-unterlagen" class="sk-tabs__panel">
    <h2 class="sk-tabs__heading">Unterlagen</h2>
    <p>Halten Sie den Fahrzeugschein bereit. <a href="#muster">Muster ansehen</a></p>
  </section>
  <section id="info-kosten" class="sk-tabs__panel">
    <h2 class="sk-tabs__heading">Kosten</h2>
    <p>Der Ausweis kostet 30 Euro im Jahr.</p>
  </section>
</div>`;

const NAMES = ['Antrag', 'Unterlagen', 'Kosten'];
const TEXTS = [
  'Sie beantragen den Ausweis online in etwa 10 Minuten.',
  'Halten Sie den Fahrzeugschein bereit.',
  'Der Ausweis kostet 30 Euro im Jahr.',
];

/** Which tab has focus and which panels are visible. @param {import('playwright').Page} tab */
async function state(tab) {
  const focused = await tab.evaluate(() =>
    document.activeElement?.getAttribute('role') === 'tab'
      ? document.activeElement.textContent
      : null,
  );
  const visible = [];
  for (const text of TEXTS) visible.push(await tab.getByText(text).isVisible());
  return { focused, visible };
}

/** @param {import('playwright').Page} tab */
export async function withJavaScript(tab) {
  const list = tab.getByRole('tablist', { name: 'Bewohnerparkausweis' });
  await list.waitFor();
  const tabs = list.getByRole('tab');
  assert.deepEqual(await tabs.allTextContents(), NAMES);
  const first = tab.getByRole('tab', { name: 'Antrag', selected: true });
  assert.equal(await first.count(), 1, 'the first tab is selected');
  const panel = tab.getByRole('tabpanel', { name: 'Antrag' });
  assert.equal(await panel.isVisible(), true, 'its panel is shown and named by the tab');
  assert.equal(await panel.getAttribute('id'), await first.getAttribute('aria-controls'));
  assert.deepEqual(
    await tabs.evaluateAll((all) => all.map((t) => t.tabIndex)),
    [0, -1, -1],
    'one tab in the Tab order (roving tabindex)',
  );

  await first.focus();
  await tab.keyboard.press('ArrowRight');
  assert.deepEqual(await state(tab), { focused: 'Unterlagen', visible: [false, true, false] });
  assert.equal(
    await tab.getByRole('tab', { name: 'Unterlagen' }).getAttribute('aria-selected'),
    'true',
    'selection follows focus',
  );
  await tab.keyboard.press('ArrowRight');
  await tab.keyboard.press('ArrowRight');
  assert.deepEqual(await state(tab), { focused: 'Antrag', visible: [true, false, false] }, 'wraps');
  await tab.keyboard.press('ArrowLeft');
  assert.deepEqual(
    await state(tab),
    { focused: 'Kosten', visible: [false, false, true] },
    'wraps back',
  );
  await tab.keyboard.press('Home');
  assert.deepEqual(await state(tab), { focused: 'Antrag', visible: [true, false, false] });
  await tab.keyboard.press('End');
  assert.deepEqual(await state(tab), { focused: 'Kosten', visible: [false, false, true] });

  // Tab leaves the tab list into the selected panel; Shift+Tab comes back to the selected tab.
  await tab.keyboard.press('Tab');
  assert.equal(
    await tab.evaluate(() => document.activeElement?.getAttribute('role')),
    'tabpanel',
    'Tab moves into the panel',
  );
  await tab.keyboard.press('Shift+Tab');
  assert.equal((await state(tab)).focused, 'Kosten');

  // A click selects in place, without following the link.
  const before = tab.url();
  await tab.getByRole('tab', { name: 'Unterlagen' }).click();
  assert.deepEqual(await state(tab), { focused: 'Unterlagen', visible: [false, true, false] });
  assert.equal(tab.url(), before, 'the URL is unchanged');
}

/** @param {import('playwright').Page} tab */
export async function withoutJavaScript(tab) {
  assert.equal(await tab.getByRole('tablist').count(), 0, 'no tab roles without a script');
  const contents = tab.getByRole('list', { name: 'Bewohnerparkausweis' });
  assert.deepEqual(await contents.getByRole('link').allTextContents(), NAMES);
  for (const [index, heading] of NAMES.entries()) {
    assert.equal(await tab.getByRole('heading', { level: 2, name: heading }).isVisible(), true);
    assert.equal(
      await tab.getByText(TEXTS[index] ?? '').isVisible(),
      true,
      'every section is shown',
    );
  }
  await contents.getByRole('link', { name: 'Kosten' }).click();
  assert.equal(new URL(tab.url()).hash, '#info-kosten', 'the contents link leads to its section');
}
