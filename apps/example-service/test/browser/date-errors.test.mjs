// Which date boxes each date error marks (GOV.UK: only the box with the problem; all three when the date
// as a whole is wrong), for every date error the service can give, with and without JavaScript. The
// boxes come from the validator's `fields`, carried through the service, never from the message.
import { describe, it } from 'node:test';
import { APPLICANT, serviceAndBrowser } from './service.mjs';
import { assert, servicePage, submitWithErrors } from './journey.mjs';

const running = serviceAndBrowser();

const ALL = ['day', 'month', 'year'];
const thisYear = new Date().getFullYear();

/** [what is wrong (the error's code), day, month, year typed, the boxes marked] */
const CASES = [
  ['empty', '', '', '', ALL],
  ['missing-day', '', '3', '1985', ['day']],
  ['missing-month', '27', '', '1985', ['month']],
  ['missing-year', '27', '3', '', ['year']],
  ['invalid-day', '32', '3', '1985', ['day']],
  ['invalid-month', '27', '13', '1985', ['month']],
  ['invalid-year', '27', '3', '85', ['year']],
  ['invalid-date', '31', '2', '1985', ALL],
  ['not-in-past', '1', '1', String(thisYear + 1), ALL],
  ['too-young', '1', '1', String(thisYear - 10), ALL],
];

const BOXES = { day: 'Tag', month: 'Monat', year: 'Jahr' };

for (const javaScriptEnabled of [true, false]) {
  describe(`the date boxes each date error marks (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, () => {
    for (const [code, day, month, year, marked] of CASES) {
      it(`${code}: ${marked.join(', ')}`, async () => {
        const { context, page } = await servicePage(running.browser, running.service.origin, {
          javaScriptEnabled,
        });
        await page.goto(`${running.service.origin}/kern/antrag/person`);
        await page.getByLabel('Vorname').fill(APPLICANT.firstName);
        await page.getByLabel('Nachname').fill(APPLICANT.lastName);
        for (const [part, value] of Object.entries({ day, month, year })) {
          await page.getByRole('textbox', { name: BOXES[part] }).fill(value);
        }
        const messages = await submitWithErrors(page);
        assert.equal(messages.length, 1, `one error: ${messages.join(' | ')}`);
        const invalid = {};
        for (const [part, name] of Object.entries(BOXES)) {
          invalid[part] =
            (await page.getByRole('textbox', { name }).getAttribute('aria-invalid')) === 'true';
        }
        assert.deepEqual(
          invalid,
          Object.fromEntries(ALL.map((part) => [part, marked.includes(part)])),
          messages[0],
        );
        // The summary links to the first box marked.
        assert.equal(
          await page.getByRole('link', { name: messages[0] }).getAttribute('href'),
          `#geburtsdatum-${marked[0]}`,
        );
        await context.close();
      });
    }
  });
}
