// Nothing is lost: reload, back and a server restart keep every answer; „Ändern“ on check answers
// leads to the question and straight back; a double submit makes one application. And the session
// cookie and the colour-scheme switch.
import { it } from 'node:test';
import {
  answerAll,
  answerOf,
  assert,
  fillPerson,
  next,
  sendApplication,
  servicePage,
  submitTo,
} from './journey.mjs';
import { APPLICANT, serviceAndBrowser, testFiles } from './service.mjs';

const files = testFiles();

const running = serviceAndBrowser();

it('sets an unguessable, httpOnly, SameSite=Lax session cookie with the first answer', async () => {
  const { context, page } = await servicePage(running.browser, running.service.origin);
  await page.goto(`${running.service.origin}/kern/antrag/wohnsitz`);
  assert.deepEqual(await context.cookies(), [], 'a cookie before the first answer');
  await page.getByRole('radio', { name: 'Ja' }).check();
  await next(page, '/antrag/person');
  const [cookie, ...others] = await context.cookies();
  assert.deepEqual(others, []);
  assert.equal(cookie?.name, '__Host-sk-sitzung');
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Lax');
  assert.equal(cookie.secure, true);
  assert.match(cookie.value, /^[A-Za-z0-9_-]{43}$/);
  // The database keeps only the token's hash.
  assert.equal(
    running.service.query('SELECT 1 FROM sessions WHERE id = ?', cookie.value).length,
    0,
  );
  await context.close();
});

it('keeps the answers after reload, back and a server restart (with and without JavaScript)', async () => {
  for (const javaScriptEnabled of [true, false]) {
    const { context, page } = await servicePage(running.browser, running.service.origin, {
      javaScriptEnabled,
    });
    await page.goto(`${running.service.origin}/muenchen/antrag/wohnsitz`);
    await page.getByRole('radio', { name: 'Ja' }).check();
    await next(page, '/antrag/person');
    await fillPerson(page);
    await next(page, '/antrag/adresse');
    await page.reload();
    await page.goBack();
    await page.waitForURL((url) => url.pathname.endsWith('/antrag/person'));
    assert.equal(await page.getByLabel('Nachname').inputValue(), APPLICANT.lastName);
    await running.service.restart();
    await page.reload();
    assert.equal(await page.getByLabel('Vorname').inputValue(), APPLICANT.firstName);
    assert.equal(await page.getByRole('textbox', { name: 'Jahr' }).inputValue(), APPLICANT.year);
    await page.goto(`${running.service.origin}/muenchen/antrag/wohnsitz`);
    assert.equal(await page.getByRole('radio', { name: 'Ja' }).isChecked(), true);
    // The task list knows where the applicant stands.
    await page.goto(`${running.service.origin}/muenchen/antrag`);
    assert.equal(await page.getByText('Erledigt').count(), 1);
    assert.equal(await page.getByText('In Bearbeitung').count(), 1);
    await context.close();
  }
});

it('„Ändern“ on check answers leads to the question and straight back; a new branch asks for its upload first', async () => {
  const { context, page } = await servicePage(running.browser, running.service.origin);
  const base = `${running.service.origin}/hamburg`;
  await answerAll(page, base, files);
  await page.getByRole('link', { name: /^Ändern\s*Adresse$/ }).click();
  await page.waitForURL((url) => url.pathname.endsWith('/antrag/adresse'));
  // „Zurück“ leads back to check answers, too.
  assert.match(
    (await page.getByRole('link', { name: 'Zurück' }).getAttribute('href')) ?? '',
    /\/antrag\/pruefen$/,
  );
  await page.getByLabel('Hausnummer').fill('14');
  await next(page, '/antrag/pruefen');
  assert.match(await answerOf(page, 'Adresse'), /^Sonnenstraße 14, /);
  // A company car needs a further document: the change leads to the upload, then back.
  await page.getByRole('link', { name: /^Ändern\s*Zugelassen$/ }).click();
  await page.waitForURL((url) => url.pathname.endsWith('/antrag/fahrzeug'));
  await page.getByRole('radio', { name: 'Auf meinen Arbeitgeber (Firmenwagen)' }).check();
  await next(page, '/antrag/nachweise');
  await page.getByLabel(/dauerhaft nutzen dürfen/).setInputFiles(files.png);
  await next(page, '/antrag/pruefen');
  assert.match(await answerOf(page, 'dauerhaft nutzen'), /^ueberlassung\.png/);
  await context.close();
});

it('a double submit creates one application', async () => {
  const { context, page } = await servicePage(running.browser, running.service.origin);
  await answerAll(page, `${running.service.origin}/kern`, files);
  // Loaded from the server, the form carries the action's id, as it does without JavaScript.
  await page.goto(`${running.service.origin}/kern/antrag/erklaerung`);
  await page.getByRole('checkbox', { name: /Ich versichere/ }).check();
  // Two posts of the same form at once, as a double click without JavaScript would send them.
  const statuses = await page.evaluate(async () => {
    const form = /** @type {HTMLFormElement} */ (
      document.querySelector('form:has(input[name="erklaerung"])')
    );
    const body = () => new FormData(form);
    const send = () =>
      fetch(window.location.href, { method: 'POST', body: body(), redirect: 'manual' });
    return (await Promise.all([send(), send()])).map((response) => response.type);
  });
  // Both answered with the redirect to the confirmation (an error would be a 500).
  assert.deepEqual(statuses, ['opaqueredirect', 'opaqueredirect']);
  const [cookie] = await context.cookies();
  assert.ok(cookie);
  await page.goto(`${running.service.origin}/kern/antrag/bestaetigung`);
  const reference = (await page.getByText(/^BPA-\d{4}-[A-Z2-9]{6}$/).innerText()).trim();
  const rows = running.service.query(
    'SELECT a.reference FROM applications a JOIN sessions s ON s.id = a.session_id WHERE s.reference = ?',
    reference,
  );
  assert.equal(rows.length, 1);
  // Sending again from the declaration page leads to the same confirmation.
  await page.goto(`${running.service.origin}/kern/antrag/erklaerung`);
  await page.waitForURL((url) => url.pathname.endsWith('/antrag/bestaetigung'));
  assert.equal((await page.getByText(/^BPA-/).innerText()).trim(), reference);
  await context.close();
});

it('a sent application can be followed by a new one with a new session', async () => {
  const { context, page } = await servicePage(running.browser, running.service.origin, {
    javaScriptEnabled: false,
  });
  await answerAll(page, `${running.service.origin}/muenchen`, files);
  const first = await sendApplication(page);
  await submitTo(page, 'Weiteren Antrag für ein anderes Fahrzeug beginnen', '/antrag/wohnsitz');
  assert.equal(await page.getByRole('radio', { name: 'Ja' }).isChecked(), false);
  assert.equal(
    running.service.query('SELECT 1 FROM applications WHERE reference = ?', first).length,
    1,
  );
  await context.close();
});

it('the colour scheme follows the system until chosen, and the choice is rendered by the server', async () => {
  for (const javaScriptEnabled of [true, false]) {
    const { context, page } = await servicePage(running.browser, running.service.origin, {
      javaScriptEnabled,
      colorScheme: 'dark',
    });
    await page.goto(`${running.service.origin}/muenchen/antrag/adresse`);
    const background = () =>
      page.evaluate(() => getComputedStyle(document.body).getPropertyValue('color-scheme').trim());
    assert.equal(await page.getAttribute('html', 'data-sk-color-scheme'), null);
    assert.equal(await background(), 'dark');
    await page.getByRole('radio', { name: 'Hell' }).check();
    await page.getByRole('button', { name: 'Farbschema übernehmen' }).click();
    // While the form's answer replaces the document, it may have no root element for a moment.
    await page.waitForFunction(() => document.documentElement?.dataset.skColorScheme === 'light');
    assert.equal(new URL(page.url()).pathname, '/muenchen/antrag/adresse');
    assert.equal(await background(), 'light');
    // The next page arrives from the server with the scheme already set: nothing to flash.
    const html = await (await context.request.get(`${running.service.origin}/muenchen`)).text();
    assert.match(html, /<html[^>]*data-sk-color-scheme="light"/);
    await page.getByRole('radio', { name: 'Wie im System' }).check();
    await page.getByRole('button', { name: 'Farbschema übernehmen' }).click();
    await page.waitForFunction(
      () =>
        document.documentElement !== null &&
        document.documentElement.dataset.skColorScheme === undefined,
    );
    assert.equal(await background(), 'dark');
    await context.close();
  }
});
