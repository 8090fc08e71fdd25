// Issue #26, item 1: an upload that replaces the evidence, posted while the same session sends its
// application, must never leave the application pointing to a deleted file. No browser: the two posts
// go out in parallel by fetch, as two tabs without JavaScript would send them.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { after, before, it } from 'node:test';
import { answerUpTo, client, png } from './http.mjs';
import { startService } from './service.mjs';

/** @type {Awaited<ReturnType<typeof startService>>} */
let service;
before(async () => {
  service = await startService();
});
after(() => service?.stop());

const ROUNDS = 24;

it(`an upload in parallel with the final submit (${ROUNDS} times): every application's files exist`, async () => {
  for (let round = 0; round < ROUNDS; round += 1) {
    const applicant = client(service.origin);
    await answerUpTo(applicant, 'kern', png('erster.png', 1000));
    // Both forms read first, so that the two posts leave together.
    const upload = await applicant.formOf('/kern/antrag/nachweise', 'Weiter');
    const replacement = png('zweiter.png', 2_000_000);
    upload.append('fahrzeugschein', new File([replacement.bytes], replacement.name, replacement));
    const submit = await applicant.formOf('/kern/antrag/erklaerung', 'Antrag verbindlich absenden');
    submit.append('erklaerung', 'ja');
    const [uploaded, sent] = await Promise.all([
      applicant.send('/kern/antrag/nachweise', upload),
      // The submit a little later in some rounds: it must land inside the upload's writing, too.
      delay(round % 6).then(() => applicant.send('/kern/antrag/erklaerung', submit)),
    ]);
    assert.equal(sent.status, 303, `round ${round}: submit`);
    assert.ok([303].includes(uploaded.status), `round ${round}: upload ${uploaded.status}`);
  }
  const applications = service.query('SELECT reference, uploads FROM applications');
  assert.equal(applications.length, ROUNDS);
  const missing = applications.flatMap(({ reference, uploads }) =>
    JSON.parse(uploads)
      .filter((upload) => !existsSync(join(service.dataDir, 'uploads', upload.id)))
      .map((upload) => `${reference}: ${upload.name}`),
  );
  assert.deepEqual(missing, []);
});
