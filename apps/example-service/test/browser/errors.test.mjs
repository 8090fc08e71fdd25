// The error paths: an empty submit gives a focused error summary whose links focus the fields, the
// title says „Fehler:“, the answers sent are shown again; each validator's rule on the server (date,
// age, postcode, plate, IBAN); uploads of the wrong type (checked by content) and over 5 MB.
import { describe, it } from 'node:test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  assert,
  fillAddress,
  fillPayment,
  fillPerson,
  next,
  servicePage,
  settledTitle,
  submitWithErrors,
} from './journey.mjs';
import { png, toEvidence } from './http.mjs';
import { APPLICANT, serviceAndBrowser, testFiles } from './service.mjs';

const files = testFiles();

const running = serviceAndBrowser();

describe('with JavaScript', () => {
  it('an empty submit shows a focused summary; each link focuses its field; the title says „Fehler:“', async () => {
    const { context, page, problems } = await servicePage(running.browser, running.service.origin);
    await page.goto(`${running.service.origin}/kern/antrag/person`);
    const messages = await submitWithErrors(page);
    assert.deepEqual(messages, [
      'Geben Sie Ihren Vornamen ein.',
      'Geben Sie Ihren Nachnamen ein.',
      'Geben Sie Ihr Geburtsdatum ein.',
    ]);
    const title = 'Fehler: Name und Geburtsdatum – Bewohnerparkausweis beantragen';
    assert.equal(await settledTitle(page, title), title);
    assert.equal(
      await page.evaluate(() => document.activeElement?.classList.contains('sk-error-summary')),
      true,
    );
    for (const [link, field] of [
      ['Geben Sie Ihren Nachnamen ein.', page.getByLabel('Nachname')],
      ['Geben Sie Ihr Geburtsdatum ein.', page.getByRole('textbox', { name: 'Tag' })],
      ['Geben Sie Ihren Vornamen ein.', page.getByLabel('Vorname')],
    ]) {
      await page.getByRole('link', { name: link }).click();
      assert.equal(
        await field.evaluate((element) => element === document.activeElement),
        true,
        link,
      );
    }
    // The field says what is wrong, too.
    assert.match(
      (await page.getByLabel('Vorname').getAttribute('aria-describedby')) ?? '',
      /error/,
    );
    // A second failed submit on the same page gives a new summary that takes focus again.
    await page.getByLabel('Vorname').fill(APPLICANT.firstName);
    assert.deepEqual(await submitWithErrors(page), [
      'Geben Sie Ihren Nachnamen ein.',
      'Geben Sie Ihr Geburtsdatum ein.',
    ]);
    assert.equal(
      await page.evaluate(() => document.activeElement?.classList.contains('sk-error-summary')),
      true,
    );
    // What was typed is still there.
    assert.equal(await page.getByLabel('Vorname').inputValue(), APPLICANT.firstName);
    assert.deepEqual(problems(), []);
    await context.close();
  });

  it('checks the date of birth: a real date, in the past, at least 16 years ago', async () => {
    const { context, page } = await servicePage(running.browser, running.service.origin);
    await page.goto(`${running.service.origin}/kern/antrag/person`);
    await fillPerson(page);
    const year = String(new Date().getFullYear() - 10);
    for (const [day, month, yearValue, message] of [
      ['31', '2', '1985', /^Dieses Datum gibt es nicht: Der Februar 1985 hat 28 Tage\.$/],
      ['12', '13', '1985', /^Der Monat muss zwischen 1 und 12 liegen\.$/],
      ['1', '1', year, /mindestens 16 Jahre/],
    ]) {
      await page.getByRole('textbox', { name: 'Tag' }).fill(day);
      await page.getByRole('textbox', { name: 'Monat' }).fill(month);
      await page.getByRole('textbox', { name: 'Jahr' }).fill(yearValue);
      const [summary] = await submitWithErrors(page);
      assert.match(summary ?? '', message);
    }
    await context.close();
  });

  it('checks postcode, licence plate and IBAN with @stadtkern/utils on the server', async () => {
    const { context, page } = await servicePage(running.browser, running.service.origin);
    await page.goto(`${running.service.origin}/kern/antrag/adresse`);
    await fillAddress(page);
    await page.getByLabel('Postleitzahl').fill('1234');
    assert.match((await submitWithErrors(page))[0] ?? '', /Postleitzahl/);
    assert.equal(await page.getByLabel('Postleitzahl').getAttribute('aria-invalid'), 'true');

    await page.goto(`${running.service.origin}/kern/antrag/fahrzeug`);
    await page.getByRole('radio', { name: 'Auf mich' }).check();
    for (const plate of ['QQQ-AB 123', 'M-AB 12345', 'M-AB 0123']) {
      await page.getByLabel('Kennzeichen').fill(plate);
      const [message] = await submitWithErrors(page);
      assert.ok(message && message.length > 10, `no message for ${plate}`);
      assert.equal(await page.getByLabel('Kennzeichen').inputValue(), plate);
    }

    await page.goto(`${running.service.origin}/kern/antrag/zahlung`);
    await fillPayment(page);
    await page.getByLabel('IBAN').fill('DE89 3704 0044 0532 0130 01');
    assert.match((await submitWithErrors(page))[0] ?? '', /IBAN/);
    await context.close();
  });
});

describe('uploads', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`refuses a file that only pretends to be a PDF (checked by content, JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { context, page } = await servicePage(running.browser, running.service.origin, {
        javaScriptEnabled,
      });
      await toEvidence(context, running.service.origin, 'hamburg');
      await page.goto(`${running.service.origin}/hamburg/antrag/nachweise`);
      const before = readdirSync(join(running.service.dataDir, 'uploads')).length;
      await page.getByLabel(/Zulassungsbescheinigung Teil I/).setInputFiles(files.fakePdf);
      const [message] = await submitWithErrors(page);
      assert.equal(message, 'Die Datei „rechnung.pdf“ muss ein PDF, JPG oder PNG sein.');
      assert.equal(
        readdirSync(join(running.service.dataDir, 'uploads')).length,
        before,
        'a file was written',
      );
      await context.close();
    });
  }

  for (const javaScriptEnabled of [true, false]) {
    it(`takes an empty file input as no file, and an empty file as one (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { context, page } = await servicePage(running.browser, running.service.origin, {
        javaScriptEnabled,
      });
      await toEvidence(context, running.service.origin, 'hamburg');
      const evidencePage = `${running.service.origin}/hamburg/antrag/nachweise`;
      const input = page.getByLabel(/Zulassungsbescheinigung Teil I/);
      await page.goto(evidencePage);
      // Nothing chosen: asked for the file (with JavaScript the empty input arrives as a file named
      // "undefined", which must not be read as a chosen, empty file).
      assert.deepEqual(await submitWithErrors(page), [
        'Wählen Sie eine Datei aus: Zulassungsbescheinigung Teil I (Fahrzeugschein).',
      ]);
      // A chosen file without content is refused as empty, under its own name.
      await input.setInputFiles(files.empty);
      assert.deepEqual(await submitWithErrors(page), ['Die Datei „leer.pdf“ ist leer.']);
      // Once a file is stored, submitting with the input empty keeps it.
      await input.setInputFiles(files.pdf);
      await page.getByRole('button', { name: 'Weiter' }).click();
      await page.waitForURL((url) => !url.pathname.endsWith('/antrag/nachweise'));
      await page.goto(evidencePage);
      await page.getByRole('button', { name: 'Weiter' }).click();
      await page.waitForURL((url) => !url.pathname.endsWith('/antrag/nachweise'));
      await page.goto(evidencePage);
      await page.getByText(/^Hochgeladen: fahrzeugschein\.pdf/).waitFor();
      await context.close();
    });
  }

  it('refuses a file over 5 MB on the server before writing it (JavaScript off)', async () => {
    const { context, page } = await servicePage(running.browser, running.service.origin, {
      javaScriptEnabled: false,
    });
    await toEvidence(context, running.service.origin, 'hamburg');
    await page.goto(`${running.service.origin}/hamburg/antrag/nachweise`);
    const before = readdirSync(join(running.service.dataDir, 'uploads')).length;
    await page.getByLabel(/Zulassungsbescheinigung Teil I/).setInputFiles(files.large);
    const [message] = await submitWithErrors(page);
    assert.match(
      message ?? '',
      /^Die Datei „gross\.pdf“ ist 5,7 MB groß\. Sie darf höchstens 5 MB groß sein\.$/,
    );
    assert.equal(
      readdirSync(join(running.service.dataDir, 'uploads')).length,
      before,
      'a file was written',
    );
    await context.close();
  });

  it('takes a file over 5 MB out in the browser already (JavaScript on)', async () => {
    const { context, page } = await servicePage(running.browser, running.service.origin);
    await toEvidence(context, running.service.origin, 'hamburg');
    await page.goto(`${running.service.origin}/hamburg/antrag/nachweise`);
    await page.getByLabel(/Zulassungsbescheinigung Teil I/).setInputFiles(files.large);
    await page
      .getByText(/gross\.pdf.*5 MB/)
      .first()
      .waitFor();
    const [message] = await submitWithErrors(page);
    assert.match(message ?? '', /Wählen Sie eine Datei aus/);
    await context.close();
  });

  // Issue #26, item 2 (without JavaScript: size.test.mjs). Two files at the per-file limit fit in the
  // request limit; a file over 10 MiB never leaves the browser.
  it('takes two files of exactly 5 MiB each, and keeps a file over 10 MiB in the browser (JavaScript on)', async () => {
    const { context, page, problems } = await servicePage(running.browser, running.service.origin);
    await toEvidence(context, running.service.origin, 'hamburg', 'leasing');
    await page.goto(`${running.service.origin}/hamburg/antrag/nachweise`);
    const asFile = ({ name, type, bytes }) => ({ name, mimeType: type, buffer: bytes });
    const registration = page.getByLabel(/Zulassungsbescheinigung Teil I/);
    await registration.setInputFiles(asFile(png('riesig.png', 10.5 * 1024 * 1024)));
    await page
      .getByText(/riesig\.png.*5 MB/)
      .first()
      .waitFor();
    assert.deepEqual(await submitWithErrors(page), [
      'Wählen Sie eine Datei aus: Zulassungsbescheinigung Teil I (Fahrzeugschein).',
      'Wählen Sie eine Datei aus: Nachweis, dass Sie das Fahrzeug dauerhaft nutzen dürfen.',
    ]);
    await registration.setInputFiles(asFile(png('schein.png', 5 * 1024 * 1024)));
    await page
      .getByLabel(/Nachweis, dass Sie das Fahrzeug/)
      .setInputFiles(asFile(png('erlaubnis.png', 5 * 1024 * 1024)));
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/antrag/pruefen'));
    assert.deepEqual(problems(), []);
    await context.close();
  });
});

it('keeps the answers of a step without errors when another step fails (nothing half-saved)', async () => {
  const { context, page } = await servicePage(running.browser, running.service.origin, {
    javaScriptEnabled: false,
  });
  await page.goto(`${running.service.origin}/kern/antrag/zahlung`);
  await fillPayment(page);
  await next(page, '/antrag/nachweise');
  await page.goto(`${running.service.origin}/kern/antrag/zahlung`);
  await page.getByLabel('IBAN').fill('kaputt');
  await submitWithErrors(page);
  // Leaving the failed page and coming back shows the saved, valid answer again.
  await page.goto(`${running.service.origin}/kern/antrag/zahlung`);
  assert.equal(await page.getByLabel('IBAN').inputValue(), 'DE89370400440532013000');
  await context.close();
});
