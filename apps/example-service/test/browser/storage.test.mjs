// Issue #26, item 3: what an anonymous client can make the service store. Only a step's own fields are
// kept, evidence only in a session that has reached that step, sessions and uploads per client and time
// window are limited, and unsent sessions with their files are deleted after their time. No browser.
// Each test comes from its own address (X-Forwarded-For, as the reverse proxy sets it), so that the
// limits of one do not count for the next.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import Database from 'better-sqlite3';
import { answerUpTo, client, html, png, target } from './http.mjs';
import { startService } from './service.mjs';

const SESSIONS = 3;
const UPLOADS = 3;
const DAY = 24 * 60 * 60 * 1000;

/** @type {Awaited<ReturnType<typeof startService>>} */
let service;
before(async () => {
  service = await startService({
    env: { SK_LIMIT_SESSIONS: String(SESSIONS), SK_LIMIT_UPLOADS: String(UPLOADS) },
  });
});
after(() => service?.stop());

const count = (sql, ...parameters) => service.query(sql, ...parameters)[0].n;
const files = () => readdirSync(join(service.dataDir, 'uploads'));

it('keeps only the step’s own fields: 17,000 junk fields leave a draft of a few bytes', async () => {
  const applicant = client(service.origin, '192.0.2.1');
  const junk = Object.fromEntries(Array.from({ length: 17_000 }, (_, i) => [`feld${i}`, 'x']));
  const response = await applicant.post('/kern/antrag/person', 'Weiter', {
    ...junk,
    vorname: 'Zeynep',
  });
  assert.equal(response.status, 303);
  assert.match(target(response), /^\/kern\/antrag\/person\?fehler=/);
  const [{ drafts }] = service.query(
    'SELECT drafts FROM sessions ORDER BY created_at DESC LIMIT 1',
  );
  assert.ok(drafts.length < 2000, `draft of ${drafts.length} characters`);
  assert.deepEqual(Object.keys(JSON.parse(drafts).person.values), ['vorname']);
});

it('stores evidence only in a session that has answered every question before it', async () => {
  const sessions = count('SELECT count(*) AS n FROM sessions');
  const filesBefore = files().length;
  // Without a cookie: no session, no file.
  const stranger = client(service.origin, '192.0.2.2');
  const anonymous = await stranger.post('/kern/antrag/nachweise', 'Weiter', {
    fahrzeugschein: png('schein.png', 4_900_000),
  });
  assert.equal(anonymous.status, 303);
  assert.equal(target(anonymous), '/kern/antrag/wohnsitz');
  assert.equal(count('SELECT count(*) AS n FROM sessions'), sessions);
  // A session that has only answered the first question: sent back to the next one, no file.
  const early = client(service.origin, '192.0.2.2');
  await early.post('/kern/antrag/wohnsitz', 'Weiter', { zone: 'ja' });
  const skipped = await early.post('/kern/antrag/nachweise', 'Weiter', {
    fahrzeugschein: png('schein.png', 4_900_000),
  });
  assert.equal(skipped.status, 303);
  assert.equal(target(skipped), '/kern/antrag/person');
  assert.equal(count('SELECT count(*) AS n FROM uploads'), 0);
  assert.equal(files().length, filesBefore);
});

it(`starts at most ${SESSIONS} sessions per client and window; the next gets „Zu viele Anfragen“`, async () => {
  const sessions = count('SELECT count(*) AS n FROM sessions');
  const locations = [];
  for (let i = 0; i <= SESSIONS; i += 1) {
    // A new client each time (no cookie), all from the same address.
    const response = await client(service.origin, '192.0.2.3').post(
      '/kern/antrag/wohnsitz',
      'Weiter',
      { zone: 'ja' },
    );
    assert.equal(response.status, 303);
    locations.push(target(response));
  }
  assert.deepEqual(locations, [
    ...Array(SESSIONS).fill('/kern/antrag/person'),
    '/kern/antrag/zu-viele-anfragen',
  ]);
  assert.equal(count('SELECT count(*) AS n FROM sessions'), sessions + SESSIONS);
  const page = await client(service.origin).get('/kern/antrag/zu-viele-anfragen');
  assert.equal(page.status, 200);
  assert.match(await html(page), /Versuchen Sie es in 10 Minuten noch einmal/);
  // Another address is not affected.
  const other = await client(service.origin, '192.0.2.4').post('/kern/antrag/wohnsitz', 'Weiter', {
    zone: 'ja',
  });
  assert.equal(target(other), '/kern/antrag/person');
});

it(`takes at most ${UPLOADS} files per client and window; the next is refused with a message`, async () => {
  const applicant = client(service.origin, '192.0.2.5');
  await answerUpTo(applicant, 'kern');
  const filesBefore = files().length;
  for (let i = 0; i < UPLOADS; i += 1) {
    const response = await applicant.post('/kern/antrag/nachweise', 'Weiter', {
      fahrzeugschein: png(`schein-${i}.png`, 100_000),
    });
    assert.equal(target(response), '/kern/antrag/pruefen', `upload ${i}`);
  }
  const refused = await applicant.post('/kern/antrag/nachweise', 'Weiter', {
    fahrzeugschein: png('noch-einer.png', 100_000),
  });
  const location = target(refused);
  assert.match(location, /^\/kern\/antrag\/nachweise\?fehler=/);
  assert.match(
    await html(await applicant.get(location)),
    /zu viele Dateien hochgeladen\. Versuchen Sie es in 10 Minuten noch einmal\./,
  );
  // Each upload replaced the one before: one file on disk for this session.
  assert.equal(files().length, filesBefore + 1);
});

it('deletes unsent sessions with their files 7 days after their last change; sent ones stay', async () => {
  const unsent = client(service.origin, '192.0.2.6');
  await answerUpTo(unsent, 'kern', png('alt.png', 1000));
  const sent = client(service.origin, '192.0.2.6');
  await answerUpTo(sent, 'kern', png('gesendet.png', 1000));
  await sent.post('/kern/antrag/erklaerung', 'Antrag verbindlich absenden', { erklaerung: 'ja' });
  const fresh = client(service.origin, '192.0.2.6');
  await fresh.post('/kern/antrag/wohnsitz', 'Weiter', { zone: 'ja' });
  const uploads = service.query(
    'SELECT uploads.id, uploads.name FROM uploads ORDER BY created_at DESC LIMIT 2',
  );
  const oldFile = uploads.find((u) => u.name === 'alt.png')?.id;
  const sentFile = uploads.find((u) => u.name === 'gesendet.png')?.id;
  assert.ok(oldFile && sentFile);
  // The clock, moved on for the stored data: every session made so far is now 7 days and 1 minute
  // older, except the fresh one, which is 6 days and 23 hours older.
  const db = new Database(join(service.dataDir, 'service.db'));
  try {
    db.prepare('UPDATE sessions SET updated_at = updated_at - ?').run(7 * DAY + 60_000);
    db.prepare(
      'UPDATE sessions SET updated_at = updated_at + ? WHERE id = (SELECT id FROM sessions ORDER BY created_at DESC LIMIT 1)',
    ).run(DAY / 24 + 60_000);
  } finally {
    db.close();
  }
  const sessionsBefore = count('SELECT count(*) AS n FROM sessions');
  // Any post starts the clean-up.
  await client(service.origin, '192.0.2.7').post('/kern/antrag/wohnsitz', 'Weiter', { zone: 'ja' });
  assert.equal(
    count(
      'SELECT count(*) AS n FROM sessions WHERE reference IS NULL AND updated_at < ?',
      Date.now() - 7 * DAY,
    ),
    0,
  );
  assert.equal(count('SELECT count(*) AS n FROM uploads WHERE id = ?', oldFile), 0);
  assert.equal(existsSync(join(service.dataDir, 'uploads', oldFile)), false);
  // The sent application's session and file, and the session changed 6 days ago, are kept.
  assert.equal(existsSync(join(service.dataDir, 'uploads', sentFile)), true);
  assert.equal(count('SELECT count(*) AS n FROM sessions WHERE reference IS NOT NULL'), 1);
  assert.equal(count('SELECT count(*) AS n FROM applications'), 1);
  const remaining = count('SELECT count(*) AS n FROM sessions');
  assert.ok(remaining < sessionsBefore, `${remaining} of ${sessionsBefore} sessions left`);
  assert.equal(
    count(
      'SELECT count(*) AS n FROM sessions WHERE reference IS NULL AND updated_at >= ?',
      Date.now() - 7 * DAY,
    ),
    2,
  );
});
