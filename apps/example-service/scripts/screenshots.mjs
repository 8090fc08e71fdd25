// `pnpm --filter @stadtkern/example-service screenshots`: the journey in two themes for the README
// (docs/screenshots/). Uses the production build; run `pnpm example` or the app's build first.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  answerAll,
  fillPerson,
  launch,
  sendApplication,
  servicePage,
} from '../test/browser/journey.mjs';
import { startService, testFiles } from '../test/browser/service.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../docs/screenshots');
mkdirSync(OUT, { recursive: true });

const service = await startService();
const browser = await launch();
try {
  for (const [city, scheme] of [
    ['muenchen', 'light'],
    ['hamburg', 'dark'],
  ]) {
    const { context, page } = await servicePage(browser, service.origin, {
      colorScheme: /** @type {'light' | 'dark'} */ (scheme),
      viewport: { width: 1024, height: 900 },
    });
    const base = `${service.origin}/${city}`;
    const shot = async (name) => {
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: join(OUT, `${city}-${scheme}-${name}.png`), fullPage: true });
    };
    await page.goto(base);
    await shot('1-start');
    await page.goto(`${base}/antrag/person`);
    await fillPerson(page);
    await page.getByLabel('Nachname').fill('');
    await page.getByRole('textbox', { name: 'Jahr' }).fill(String(new Date().getFullYear() - 10));
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.waitForURL((url) => url.searchParams.has('fehler'));
    await page.getByRole('alert').first().waitFor();
    await shot('2-fehler');
    await answerAll(page, base, testFiles());
    await shot('3-pruefen');
    await sendApplication(page);
    await shot('4-bestaetigung');
    await context.close();
  }
} finally {
  await browser.close();
  await service.stop();
}
