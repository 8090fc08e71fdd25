// Issue #26, item 4: personal data kept and shown no longer than needed. After the submit the question
// pages show nothing and lead to the confirmation; the server ends a session 7 days after its last change,
// when its cookie expires too; a refused IBAN is not kept; the retention command deletes sessions, files
// and applications after their time; files and database are the service user's alone; the Datenschutz
// page says all of this. By plain HTTP (no browser), against `next start` started with umask 000, so
// that the modes the service sets cannot come from the umask.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, it } from 'node:test';
import Database from 'better-sqlite3';
import { answerUpTo, client, html, png, target } from './http.mjs';
import { startService } from './service.mjs';

const APP = join(dirname(fileURLToPath(import.meta.url)), '../..');
const DAY = 24 * 60 * 60 * 1000;
const COOKIE = '__Host-sk-sitzung';

/** @type {Awaited<ReturnType<typeof startService>>} */
let service;
before(async () => {
  const umask = process.umask(0);
  try {
    service = await startService();
  } finally {
    process.umask(umask);
  }
});
after(() => service?.stop());

/** The session's id in the database: the SHA-256 of the cookie's value. */
const sessionId = (applicant) =>
  createHash('sha256')
    .update(applicant.jar.get(COOKIE) ?? '')
    .digest('hex');

/** Changes the stored data as if the clock had moved on (as storage.test.mjs does). */
function write(sql, ...parameters) {
  const db = new Database(join(service.dataDir, 'service.db'));
  try {
    db.prepare(sql).run(...parameters);
  } finally {
    db.close();
  }
}

const count = (sql, ...parameters) => service.query(sql, ...parameters)[0].n;
const upload = (name) => join(service.dataDir, 'uploads', name);
const fileOf = (name) => service.query('SELECT id FROM uploads WHERE name = ?', name)[0]?.id;

/** An applicant who has sent an application (with the evidence file `file`). */
async function sent(file) {
  const applicant = client(service.origin);
  await answerUpTo(applicant, 'kern', png(file, 1000));
  const response = await applicant.post('/kern/antrag/erklaerung', 'Antrag verbindlich absenden', {
    erklaerung: 'ja',
  });
  assert.equal(target(response), '/kern/antrag/bestaetigung');
  return applicant;
}

/**
 * Runs the retention command as its README says, with the service's data folder. Asynchronously: a synchronous
 * child blocks this process's event loop for the command's seconds, and fetch then reuses a keep-alive connection
 * the service closed meanwhile (`fetch failed` on the next request).
 */
async function retention(env = {}) {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/retention.mjs'], {
    cwd: APP,
    env: { ...process.env, SK_DATA_DIR: service.dataDir, ...env },
    encoding: 'utf8',
  });
  return stdout;
}

it('after the submit, every question page leads to the confirmation and the session keeps no answers', async () => {
  const applicant = client(service.origin);
  await answerUpTo(applicant, 'kern', png('schein.png', 1000));
  // A draft too: the declaration sent without its box.
  const refused = await applicant.post('/kern/antrag/erklaerung', 'Antrag verbindlich absenden');
  assert.match(target(refused), /^\/kern\/antrag\/erklaerung\?fehler=/);
  const submit = await applicant.post('/kern/antrag/erklaerung', 'Antrag verbindlich absenden', {
    erklaerung: 'ja',
  });
  assert.equal(target(submit), '/kern/antrag/bestaetigung');

  for (const step of [
    'wohnsitz',
    'person',
    'adresse',
    'fahrzeug',
    'zahlung',
    'nachweise',
    'pruefen',
    'erklaerung',
  ]) {
    const response = await applicant.get(`/kern/antrag/${step}`);
    const body = await html(response);
    assert.equal(response.status, 307, `${step}: ${response.status}`);
    assert.equal(target(response), '/kern/antrag/bestaetigung', step);
    for (const answer of ['Zeynep', 'Müller', 'Sonnenstraße', 'DE89370400440532013000', '1985']) {
      assert.ok(!body.includes(answer), `${step} shows „${answer}“`);
    }
  }
  // The session holds only the reference; the application holds the answers.
  const [session] = service.query(
    'SELECT answers, drafts, reference FROM sessions WHERE id = ?',
    sessionId(applicant),
  );
  assert.deepEqual([session.answers, session.drafts], ['{}', '{}']);
  const [application] = service.query(
    'SELECT answers FROM applications WHERE reference = ?',
    session.reference,
  );
  assert.equal(JSON.parse(application.answers).iban, 'DE89370400440532013000');
  // The confirmation still shows, in the city of the application.
  const confirmation = await applicant.get('/kern/antrag/bestaetigung');
  assert.equal(confirmation.status, 200);
  const text = await html(confirmation);
  assert.match(text, /Ihr Antrag ist bei uns eingegangen/);
  assert.ok(text.includes(session.reference));
  assert.match(text, /Die Straßenverkehrsbehörde der Musterstadt prüft Ihren Antrag/);
});

it('ends a session 7 days after its last change on the server, when its cookie (renewed with each change) expires', async () => {
  const applicant = client(service.origin);
  const first = await applicant.post('/kern/antrag/wohnsitz', 'Weiter', { zone: 'ja' });
  const [set = ''] = first.headers.getSetCookie();
  assert.match(set, new RegExp(`^${COOKIE}=.*; Max-Age=604800(;|$)`, 'i'));
  const second = await applicant.post('/kern/antrag/person', 'Weiter', {
    vorname: 'Zeynep',
    nachname: 'Müller',
    'geburtsdatum-day': '27',
    'geburtsdatum-month': '3',
    'geburtsdatum-year': '1985',
  });
  assert.equal(target(second), '/kern/antrag/adresse');
  // Every change sets the cookie again, for 7 days from now.
  const renewed = second.headers.getSetCookie().find((line) => line.startsWith(`${COOKIE}=`));
  assert.match(renewed ?? '', /; Max-Age=604800(;|$)/i);
  assert.ok(renewed?.startsWith(`${COOKIE}=${applicant.jar.get(COOKIE)};`));

  const id = sessionId(applicant);
  // 6 days and 23 hours after the last change: still the applicant's.
  write('UPDATE sessions SET updated_at = ? WHERE id = ?', Date.now() - 7 * DAY + 60 * 60_000, id);
  assert.match(await html(await applicant.get('/kern/antrag/person')), /value="Zeynep"/);
  // 7 days and 1 hour after: the server no longer loads it, although it is still stored.
  write('UPDATE sessions SET updated_at = ? WHERE id = ?', Date.now() - 7 * DAY - 60 * 60_000, id);
  assert.equal(count('SELECT count(*) AS n FROM sessions WHERE id = ?', id), 1);
  const expired = await html(await applicant.get('/kern/antrag/person'));
  assert.doesNotMatch(expired, /Zeynep/);
  // And the probe's 400 days.
  write('UPDATE sessions SET updated_at = ? WHERE id = ?', Date.now() - 400 * DAY, id);
  assert.doesNotMatch(await html(await applicant.get('/kern/antrag/person')), /Zeynep/);
  const overview = await html(await applicant.get('/kern/antrag'));
  assert.match(overview, /Sie haben 0 von 6 Abschnitten abgeschlossen/);
});

it('keeps no refused IBAN in the draft: the field comes back empty, with its error', async () => {
  const applicant = client(service.origin);
  await answerUpTo(applicant, 'kern');
  // Back to the payment question with a mistyped IBAN (one digit wrong).
  const response = await applicant.post('/kern/antrag/zahlung', 'Weiter', {
    kontoinhaber: 'Zeynep Müller',
    iban: 'DE89 3704 0044 0532 0130 01',
    mandat: 'ja',
    aendern: '1',
  });
  const location = target(response);
  assert.match(location, /^\/kern\/antrag\/zahlung\?fehler=/);
  const [{ drafts }] = service.query(
    'SELECT drafts FROM sessions WHERE id = ?',
    sessionId(applicant),
  );
  assert.doesNotMatch(drafts, /0130 01|013001/);
  const draft = JSON.parse(drafts).zahlung;
  assert.equal(draft.values.kontoinhaber, 'Zeynep Müller');
  const error = draft.errors.find((e) => e.fieldId === 'iban');
  assert.ok(error, 'an error about the IBAN');
  const page = await html(await applicant.get(location));
  assert.ok(page.includes(error.message), 'the error is shown');
  const input = /<input[^>]*id="iban"[^>]*>/.exec(page)?.[0] ?? '';
  assert.ok(input, 'the IBAN field');
  assert.doesNotMatch(input, /value="[^"]/);
  assert.match(page, /value="Zeynep Müller"/);
});

it('stores files 0600 in a 0700 folder and the database 0600, under umask 000', async () => {
  const applicant = client(service.origin);
  await answerUpTo(applicant, 'kern', png('modus.png', 1000));
  const id = fileOf('modus.png');
  assert.ok(id);
  const mode = (path) => (statSync(path).mode & 0o777).toString(8);
  assert.equal(mode(upload(id)), '600');
  assert.equal(mode(join(service.dataDir, 'uploads')), '700');
  for (const name of ['service.db', 'service.db-wal', 'service.db-shm']) {
    const path = join(service.dataDir, name);
    if (name === 'service.db' || existsSync(path)) assert.equal(mode(path), '600', name);
  }
});

it('the retention command deletes unsent sessions, files and, after SK_RETENTION_DAYS (default 30), sent applications', async () => {
  const unsent = client(service.origin);
  await answerUpTo(unsent, 'kern', png('unsent.png', 1000));
  const fresh = client(service.origin);
  await fresh.post('/kern/antrag/wohnsitz', 'Weiter', { zone: 'ja' });
  const old = await sent('old-sent.png');
  const recent = await sent('recent-sent.png');
  const files = {
    unsent: fileOf('unsent.png'),
    old: fileOf('old-sent.png'),
    recent: fileOf('recent-sent.png'),
  };
  assert.ok(files.unsent && files.old && files.recent);
  // A file no session lists (a request that ended between writing and recording it), 8 days old.
  const unlisted = randomUUID();
  writeFileSync(upload(unlisted), 'x');
  const eightDaysAgo = new Date(Date.now() - 8 * DAY);
  utimesSync(upload(unlisted), eightDaysAgo, eightDaysAgo);

  // The virus scan's copies left by a request that ended mid-scan: one two hours old goes, a new one stays.
  const scanDir = join(service.dataDir, 'scan');
  mkdirSync(scanDir, { recursive: true, mode: 0o700 });
  const [leftover, scanning] = [randomUUID(), randomUUID()];
  writeFileSync(join(scanDir, leftover), 'x');
  writeFileSync(join(scanDir, scanning), 'x');
  const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60_000);
  utimesSync(join(scanDir, leftover), twoHoursAgo, twoHoursAgo);

  const now = Date.now();
  write(
    'UPDATE sessions SET updated_at = ? WHERE id = ?',
    now - 7 * DAY - 60_000,
    sessionId(unsent),
  );
  write(
    'UPDATE sessions SET updated_at = ? WHERE id = ?',
    now - 6 * DAY - 23 * 60 * 60_000,
    sessionId(fresh),
  );
  const sendBack = (applicant, age) => {
    write('UPDATE sessions SET updated_at = ? WHERE id = ?', now - age, sessionId(applicant));
    write(
      'UPDATE applications SET submitted_at = ? WHERE session_id = ?',
      now - age,
      sessionId(applicant),
    );
  };
  sendBack(old, 3 * DAY + 60_000);
  sendBack(recent, 2 * DAY);

  const applications = count('SELECT count(*) AS n FROM applications');
  const output = await retention({ SK_RETENTION_DAYS: '3' });
  assert.match(
    output,
    /deleted [1-9]\d* unsent session\(s\) \(after 7 days\), 1 sent application\(s\) \(after 3 days\)/,
  );
  const has = (applicant) =>
    count('SELECT count(*) AS n FROM sessions WHERE id = ?', sessionId(applicant)) === 1;
  assert.deepEqual(
    [has(unsent), has(fresh), has(old), has(recent)],
    [false, true, false, true],
    'sessions: unsent, fresh, old sent, recent sent',
  );
  assert.equal(count('SELECT count(*) AS n FROM applications'), applications - 1);
  assert.equal(
    count('SELECT count(*) AS n FROM applications WHERE session_id = ?', sessionId(old)),
    0,
  );
  assert.deepEqual(
    [
      existsSync(upload(files.unsent)),
      existsSync(upload(files.old)),
      existsSync(upload(files.recent)),
    ],
    [false, false, true],
    'files: unsent, old sent, recent sent',
  );
  assert.equal(existsSync(upload(unlisted)), false, 'the unlisted file');
  assert.match(output, /, and 1 virus-scan copy\(ies\) left by an interrupted scan\./);
  assert.deepEqual(
    [existsSync(join(scanDir, leftover)), existsSync(join(scanDir, scanning))],
    [false, true],
    'virus-scan copies: two hours old, new',
  );
  assert.equal(
    count('SELECT count(*) AS n FROM uploads WHERE id IN (?, ?)', files.unsent, files.old),
    0,
  );

  // Without SK_RETENTION_DAYS: 30 days. 29 days after the submit the application stays, after 30 it goes.
  sendBack(recent, 29 * DAY);
  await retention({ SK_RETENTION_DAYS: '' });
  assert.equal(has(recent), true);
  sendBack(recent, 30 * DAY + 60_000);
  assert.match(
    await retention({ SK_RETENTION_DAYS: '' }),
    /1 sent application\(s\) \(after 30 days\)/,
  );
  assert.equal(has(recent), false);
  assert.equal(existsSync(upload(files.recent)), false);
});

it('the Datenschutz page says what is stored, for how long and why, in the city’s frame', async () => {
  const response = await client(service.origin).get('/muenchen/info/datenschutz');
  assert.equal(response.status, 200);
  const page = await html(response);
  assert.match(page, /<h1[^>]*>Datenschutz<\/h1>/);
  assert.match(page, /data-sk-theme="muenchen"/);
  assert.match(page, /href="\/muenchen\/info\/datenschutz"/);
  for (const statement of [
    'Was wir speichern',
    'Eine abgelehnte IBAN speichern wir nicht',
    '7 Tage nach Ihrer letzten Eingabe',
    '30 Tage nach dem Absenden',
    'Art. 5 Abs. 1 Buchst. e DSGVO',
    'zeigen die Fragen Ihre Angaben nicht mehr an',
  ]) {
    assert.ok(page.includes(statement), statement);
  }
  // Linked from every page's footer, e.g. a question.
  assert.match(
    await html(await client(service.origin).get('/kern/antrag/person')),
    /href="\/kern\/info\/datenschutz"/,
  );
});
