// Issue #26, item 2, without JavaScript (a form post is what fetch sends here): the request limit Next.js
// enforces and the one the service states agree. Two files at the per-file limit are taken, a file over
// it gets the service's own message, and a request over the whole limit a German page with the size
// rule (413). With JavaScript: errors.test.mjs.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { answerUpTo, client, html, png, target } from './http.mjs';
import { startService } from './service.mjs';

const MiB = 1024 * 1024;

/** @type {Awaited<ReturnType<typeof startService>>} */
let service;
before(async () => {
  service = await startService();
});
after(() => service?.stop());

it('two PNGs of exactly 5 MiB each are stored (303 to check answers)', async () => {
  const applicant = client(service.origin);
  await answerUpTo(applicant, 'kern', undefined, 'firmenwagen');
  const response = await applicant.post('/kern/antrag/nachweise', 'Weiter', {
    fahrzeugschein: png('schein.png', 5 * MiB),
    nutzungserlaubnis: png('erlaubnis.png', 5 * MiB),
  });
  assert.equal(response.status, 303);
  assert.equal(target(response), '/kern/antrag/pruefen');
  const sizes = service.query('SELECT size FROM uploads ORDER BY evidence').map((row) => row.size);
  assert.deepEqual(sizes, [5 * MiB, 5 * MiB]);
});

it('one file of 10.5 MiB: the page says it may be at most 5 MB', async () => {
  const applicant = client(service.origin);
  await answerUpTo(applicant, 'kern');
  const response = await applicant.post('/kern/antrag/nachweise', 'Weiter', {
    fahrzeugschein: png('gross.png', 10.5 * MiB),
  });
  assert.equal(response.status, 303);
  const location = target(response);
  assert.match(location, /^\/kern\/antrag\/nachweise\?fehler=/);
  const page = await html(await applicant.get(location));
  assert.match(
    page,
    /Die Datei „gross\.png“ ist 10,5 MB groß\. Sie darf höchstens 5 MB groß sein\./,
  );
});

it('a request over the limit (12 MiB): 413, a German page with the size rule, nothing stored', async () => {
  const applicant = client(service.origin);
  await answerUpTo(applicant, 'kern');
  const stored = service.query('SELECT count(*) AS n FROM uploads')[0].n;
  const response = await applicant.post('/kern/antrag/nachweise', 'Weiter', {
    fahrzeugschein: png('riesig.png', 12 * MiB),
  });
  assert.equal(response.status, 413);
  assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
  const page = await response.text();
  assert.match(page, /<html lang="de">/);
  assert.match(page, /<h1>Die Dateien sind zu groß<\/h1>/);
  assert.match(
    page,
    /Jede Datei darf höchstens 5 MB groß sein, alle Dateien eines Formulars zusammen höchstens 10 MB\./,
  );
  assert.match(page, /<a href="\/kern\/antrag\/nachweise">/);
  assert.equal(service.query('SELECT count(*) AS n FROM uploads')[0].n, stored);
});
