// The applicant's steps through the service, by role, label and text, shared by the tests.
import assert from 'node:assert/strict';
import { axeChecker } from '../../../../scripts/lib/axe.mjs';
import { APPLICANT } from './service.mjs';

export { launch } from './service.mjs';

/**
 * A page that records what must never happen: a request to another host, a CSP violation, an error
 * in the console or an uncaught exception. `problems()` lists them.
 * @param {import('playwright').Browser} browser
 * @param {string} origin
 * @param {import('playwright').BrowserContextOptions} [options]
 */
export async function servicePage(browser, origin, options = {}) {
  const context = await browser.newContext({ locale: 'de-DE', ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)) {
      problems.push(`request to another host: ${request.url()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { context, page, problems: () => problems };
}

/** Clicks the submit button and waits until the page at `path` shows its main heading. */
export async function submitTo(page, button, path) {
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL((url) => url.pathname.endsWith(path));
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/**
 * The page's title once it has settled: after a soft navigation Next.js sets it a moment after the URL
 * changes. Waits up to 10 s for `expected`, then returns whatever the title is (the test asserts it).
 */
export async function settledTitle(page, expected) {
  await page
    .waitForFunction((title) => document.title === title, expected, { timeout: 10_000 })
    .catch(() => undefined);
  return page.title();
}

/** The messages in the error summary, in order. */
export async function summaryMessages(page) {
  const summary = page.getByRole('alert').filter({ hasText: 'Es gibt ein Problem' });
  await summary.waitFor();
  return (await summary.getByRole('link').allInnerTexts()).map((text) => text.trim());
}

/** Submits and waits for the page with a new error draft (each failed submit gets its own). */
export async function submitWithErrors(page) {
  const previous = new URL(page.url()).searchParams.get('fehler');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.waitForURL(
    (url) => url.searchParams.has('fehler') && url.searchParams.get('fehler') !== previous,
  );
  return summaryMessages(page);
}

export async function next(page, path) {
  await submitTo(page, 'Weiter', path);
}

/** Answers every question from eligibility to evidence. `keeper` chooses the branch. */
export async function answerAll(page, base, files, { keeper = 'Auf mich' } = {}) {
  if (page.url() !== `${base}/antrag/wohnsitz`) await page.goto(`${base}/antrag/wohnsitz`);
  await page.getByRole('radio', { name: 'Ja' }).check();
  await next(page, '/antrag/person');
  await fillPerson(page);
  await next(page, '/antrag/adresse');
  await fillAddress(page);
  await next(page, '/antrag/fahrzeug');
  await page.getByLabel('Kennzeichen').fill(APPLICANT.plate);
  await page.getByRole('radio', { name: keeper }).check();
  await next(page, '/antrag/zahlung');
  await fillPayment(page);
  await next(page, '/antrag/nachweise');
  await page.getByLabel(/Zulassungsbescheinigung Teil I/).setInputFiles(files.pdf);
  if (keeper !== 'Auf mich') {
    await page.getByLabel(/dauerhaft nutzen dürfen/).setInputFiles(files.png);
  }
  await next(page, '/antrag/pruefen');
}

export async function fillPerson(page) {
  await page.getByLabel('Vorname').fill(APPLICANT.firstName);
  await page.getByLabel('Nachname').fill(APPLICANT.lastName);
  await page.getByRole('textbox', { name: 'Tag' }).fill(APPLICANT.day);
  await page.getByRole('textbox', { name: 'Monat' }).fill(APPLICANT.month);
  await page.getByRole('textbox', { name: 'Jahr' }).fill(APPLICANT.year);
}

export async function fillAddress(page) {
  await page.getByLabel('Straße').fill(APPLICANT.street);
  await page.getByLabel('Hausnummer').fill(APPLICANT.houseNumber);
  await page.getByLabel('Postleitzahl').fill(APPLICANT.postalCode);
  await page.getByRole('textbox', { name: /^Ort/ }).fill(APPLICANT.town);
}

export async function fillPayment(page) {
  await page.getByLabel('Kontoinhaberin oder Kontoinhaber').fill(APPLICANT.accountHolder);
  await page.getByLabel('IBAN').fill(APPLICANT.iban);
  await page.getByRole('checkbox', { name: /Ich ermächtige/ }).check();
}

/** From check answers to the confirmation; returns the reference number shown. */
export async function sendApplication(page) {
  await page.getByRole('link', { name: 'Weiter zur Erklärung' }).click();
  await page.waitForURL((url) => url.pathname.endsWith('/antrag/erklaerung'));
  await page.getByRole('checkbox', { name: /Ich versichere/ }).check();
  await submitTo(page, 'Antrag verbindlich absenden', '/antrag/bestaetigung');
  await page.getByRole('heading', { level: 1, name: 'Antrag gesendet' }).waitFor();
  const panel = await page.getByText(/^BPA-\d{4}-[A-Z2-9]{6}$/).innerText();
  return panel.trim();
}

/** The value of a row of the check-answers list, by its key. */
export async function answerOf(page, key) {
  const row = page.locator('.sk-summary-list__row', {
    has: page.locator('.sk-summary-list__key', { hasText: key }),
  });
  return (await row.locator('.sk-summary-list__value').innerText()).trim();
}

/** axe (WCAG 2.2 A/AA and best practice) on the page as it is; returns readable violations. */
export const axeViolations = axeChecker(import.meta.url);

export { assert };
