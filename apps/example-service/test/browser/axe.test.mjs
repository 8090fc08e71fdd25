// axe on every page of the journey — error states, the exit page, the task list, check answers and
// the confirmation included — in all four themes, light and dark.
import { describe, it } from 'node:test';
import { answerAll, assert, axeViolations, sendApplication, servicePage } from './journey.mjs';
import { serviceAndBrowser, testFiles } from './service.mjs';

const CITIES = ['muenchen', 'hamburg', 'schleswig-holstein', 'kern'];
const SCHEMES = ['light', 'dark'];
const QUESTIONS = ['wohnsitz', 'person', 'adresse', 'fahrzeug', 'zahlung', 'nachweise'];

const files = testFiles();
/**
 * Paths below the city, for the applicant whose cookies are in `cookies` (only in `city`, if given).
 * @type {{ city?: string, cookies: import('playwright').Cookie[], paths: string[] }[]}
 */
const visits = [];

const running = serviceAndBrowser(async ({ service, browser }) => {
  // Applicant 1: everything answered, not yet sent; then each question submitted empty, which keeps the
  // answers and records an error draft per page.
  const first = await servicePage(browser, service.origin);
  await answerAll(first.page, `${service.origin}/kern`, files, {
    keeper: 'Auf eine Leasing- oder Mietfirma',
  });
  const errorPaths = [];
  for (const step of QUESTIONS) {
    await first.page.goto(`${service.origin}/kern/antrag/${step}`);
    // Empty every text field and choice, so that the submit fails.
    await first.page.evaluate(() => {
      for (const input of document.querySelectorAll('main input:not([type=hidden])')) {
        if (input.type === 'radio' || input.type === 'checkbox') input.checked = false;
        else if (input.type !== 'file') input.value = input.name === 'kennzeichen' ? 'XXX-1' : '';
      }
    });
    if (step === 'nachweise') {
      await first.page.getByLabel(/Zulassungsbescheinigung Teil I/).setInputFiles(files.fakePdf);
    }
    await first.page.getByRole('button', { name: 'Weiter' }).click();
    await first.page.waitForURL((url) => url.searchParams.has('fehler'));
    const url = new URL(first.page.url());
    errorPaths.push(url.pathname.replace('/kern', '') + url.search);
  }
  await first.page.goto(`${service.origin}/kern/antrag/erklaerung`);
  await first.page.getByRole('button', { name: 'Antrag verbindlich absenden' }).click();
  await first.page.waitForURL((url) => url.searchParams.has('fehler'));
  const declarationError = new URL(first.page.url());
  errorPaths.push(declarationError.pathname.replace('/kern', '') + declarationError.search);
  visits.push({
    cookies: await first.context.cookies(),
    paths: [
      '',
      '/antrag',
      ...QUESTIONS.map((step) => `/antrag/${step}`),
      '/antrag/pruefen',
      '/antrag/erklaerung',
      '/antrag/nicht-berechtigt',
      '/info/impressum',
      '/info/datenschutz',
      '/info/barrierefreiheit',
      ...errorPaths,
    ],
  });
  await first.context.close();
  // Applicant 2: sent, once per city: the confirmation is shown only in the city the application was
  // made in (another city's path leads there).
  for (const city of CITIES) {
    const second = await servicePage(browser, service.origin);
    await answerAll(second.page, `${service.origin}/${city}`, files);
    await sendApplication(second.page);
    visits.push({
      city,
      cookies: await second.context.cookies(),
      paths: ['/antrag/bestaetigung', '/antrag'],
    });
    await second.context.close();
  }
});

for (const city of CITIES) {
  for (const scheme of SCHEMES) {
    describe(`${city} (${scheme})`, () => {
      it('has no axe violations on any page of the journey', async () => {
        const failures = [];
        let checked = 0;
        const ours = visits.filter((visit) => visit.city === undefined || visit.city === city);
        for (const { cookies, paths } of ours) {
          const { context, page } = await servicePage(running.browser, running.service.origin, {
            colorScheme: /** @type {'light' | 'dark'} */ (scheme),
          });
          await context.addCookies(cookies);
          for (const path of paths) {
            await page.goto(`${running.service.origin}/${city}${path}`);
            // Only the page asked for: a redirect would hide the page that should have been checked.
            assert.equal(
              new URL(page.url()).pathname + new URL(page.url()).search,
              `/${city}${path}`,
            );
            await page.evaluate(() => document.fonts.ready);
            for (const violation of await axeViolations(page))
              failures.push(`${path}: ${violation}`);
            checked += 1;
          }
          await context.close();
        }
        assert.equal(
          checked,
          ours.reduce((sum, visit) => sum + visit.paths.length, 0),
        );
        assert.deepEqual(failures, []);
      });
    });
  }
}
