// Opens one page for a browser check, the same way for every target of the behaviour specs (plain HTML, the
// packed tarball, apps/html-example, the Storybook build): a fresh context with JavaScript on or off, every
// page error and console message of the listed types collected, the context closed afterwards.
import assert from 'node:assert/strict';

/**
 * @param {import('playwright').Browser} browser
 * @param {string} url
 * @param {(tab: import('playwright').Page) => Promise<void>} run the check, on the loaded page
 * @param {{ javaScriptEnabled?: boolean, viewport?: { width: number, height: number }, failOn?: string[] }} [options]
 *   `failOn`: console message types that fail the check — by default errors and warnings, since a development
 *   warning of @stadtkern/web means the markup is incomplete
 */
export async function visit(
  browser,
  url,
  run,
  {
    javaScriptEnabled = true,
    viewport = { width: 800, height: 600 },
    failOn = ['error', 'warning'],
  } = {},
) {
  const context = await browser.newContext({ javaScriptEnabled, viewport });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => {
    if (failOn.includes(message.type())) errors.push(message.text());
  });
  try {
    await tab.goto(url);
    await run(tab);
  } finally {
    await context.close();
  }
  assert.deepEqual(errors, [], `no page error and no console ${failOn.join(' or ')}`);
}
