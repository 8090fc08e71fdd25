// The whole journey to a confirmation: with JavaScript in München and Hamburg (the company-car branch
// with its second upload), without JavaScript in Schleswig-Holstein. Along the way: page titles, the
// process steps, no full reload with JavaScript, the CSP, no request to another host, and what the
// service stored.
import { describe, it } from 'node:test';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  answerAll,
  answerOf,
  assert,
  sendApplication,
  servicePage,
  settledTitle,
} from './journey.mjs';
import { serviceAndBrowser, testFiles } from './service.mjs';

const files = testFiles();

const running = serviceAndBrowser();

describe('with JavaScript', () => {
  for (const [city, keeper] of [
    ['muenchen', 'Auf mich'],
    ['hamburg', 'Auf meinen Arbeitgeber (Firmenwagen)'],
  ]) {
    it(`${city}: goes from the start page to a confirmation without a full page load`, async () => {
      const { context, page, problems } = await servicePage(
        running.browser,
        running.service.origin,
      );
      const base = `${running.service.origin}/${city}`;
      const response = await page.goto(base);
      assert.match(
        response?.headers()['content-security-policy'] ?? '',
        /script-src 'self' 'nonce-/,
      );
      assert.equal(await page.getAttribute('html', 'data-sk-theme'), city);
      assert.equal(await page.getAttribute('html', 'lang'), 'de');
      assert.equal(await page.title(), 'Bewohnerparkausweis beantragen');
      await page.getByRole('link', { name: 'Jetzt starten' }).click();
      await page.waitForURL((url) => url.pathname === `/${city}/antrag/wohnsitz`);
      // From here on every step is a soft navigation: the marker survives unless the page reloads.
      await page.evaluate(() => Object.assign(window, { skNoReload: true }));
      assert.equal(
        await settledTitle(page, 'Wohnsitz – Bewohnerparkausweis beantragen'),
        'Wohnsitz – Bewohnerparkausweis beantragen',
      );
      const steps = page.getByRole('list', { name: 'Schritte des Antrags' });
      assert.equal(await steps.getByRole('listitem').count(), 6);
      assert.match(await steps.locator('[aria-current="step"]').innerText(), /Berechtigung$/);

      await answerAll(page, base, files, { keeper });
      assert.equal(
        await settledTitle(page, 'Angaben prüfen – Bewohnerparkausweis beantragen'),
        'Angaben prüfen – Bewohnerparkausweis beantragen',
      );
      assert.equal(await answerOf(page, 'Kennzeichen'), 'M-AB 1234');
      assert.equal(await answerOf(page, 'IBAN'), 'DE89 3704 0044 0532 0130 00');
      assert.equal(await answerOf(page, 'Geburtsdatum'), '27. März 1985');
      assert.match(await answerOf(page, 'Zulassungsbescheinigung'), /^fahrzeugschein\.pdf \(/);
      if (city === 'hamburg') {
        assert.match(await answerOf(page, 'dauerhaft nutzen'), /^ueberlassung\.png \(/);
      }
      const reference = await sendApplication(page);
      assert.equal(
        await page.evaluate(() => 'skNoReload' in window),
        true,
        'a step reloaded the page',
      );
      // The success banner takes focus after the redirect.
      assert.equal(
        await page.evaluate(() =>
          document.activeElement?.classList.contains('sk-notification-banner'),
        ),
        true,
      );

      const [application] = running.service.query(
        'SELECT reference, city, answers, uploads FROM applications WHERE reference = ?',
        reference,
      );
      assert.equal(application?.city, city);
      const uploads = JSON.parse(application.uploads);
      assert.equal(uploads.length, city === 'hamburg' ? 2 : 1);
      for (const upload of uploads) {
        // Stored under a random id, never under the name the browser sent.
        assert.match(upload.id, /^[0-9a-f-]{36}$/);
        assert.ok(existsSync(join(running.service.dataDir, 'uploads', upload.id)));
      }
      assert.deepEqual(problems(), []);
      await context.close();
    });
  }
});

describe('without JavaScript', () => {
  it('schleswig-holstein: every step posts, redirects and shows the next page (Post/Redirect/Get)', async () => {
    const { context, page, problems } = await servicePage(running.browser, running.service.origin, {
      javaScriptEnabled: false,
    });
    const base = `${running.service.origin}/schleswig-holstein`;
    const posts = [];
    page.on('response', (response) => {
      if (response.request().method() === 'POST') posts.push(response.status());
    });
    await answerAll(page, base, files);
    const reference = await sendApplication(page);
    // Every form post answered with a redirect (303), none with a page.
    assert.ok(posts.length >= 7);
    assert.ok(
      posts.every((status) => status === 303),
      `statuses: ${posts.join(', ')}`,
    );
    assert.equal(
      running.service.query('SELECT city FROM applications WHERE reference = ?', reference)[0]
        ?.city,
      'schleswig-holstein',
    );
    // The task list shows every section done.
    await page.goto(`${base}/antrag`);
    assert.equal(await page.getByText('Erledigt').count(), 6);
    assert.deepEqual(problems(), []);
    await context.close();
  });
});

it('keeps nothing but the schema and the files of real submissions in its data folder', () => {
  const names = readdirSync(running.service.dataDir).sort();
  assert.deepEqual(
    names.filter((name) => !name.startsWith('service.db')),
    ['uploads'],
  );
});

it('leads the bare address to the KERN version and answers unknown cities with 404', async () => {
  const root = await fetch(running.service.origin, { redirect: 'manual' });
  assert.equal(root.status, 307);
  assert.equal(
    new URL(root.headers.get('location') ?? '', running.service.origin).pathname,
    '/kern',
  );
  assert.equal((await fetch(`${running.service.origin}/berlin`)).status, 404);
  assert.equal((await fetch(`${running.service.origin}/kern/info/unbekannt`)).status, 404);
});

it('starts every page with a skip link to the main content', async () => {
  const { context, page } = await servicePage(running.browser, running.service.origin);
  await page.goto(`${running.service.origin}/hamburg/antrag/adresse`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  assert.equal(await skip.evaluate((element) => element === document.activeElement), true);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  await page.keyboard.press('Tab');
  // The next Tab stop is the first one in the main content: „Zurück“.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Zurück');
  await context.close();
});
