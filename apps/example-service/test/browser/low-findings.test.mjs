// Issue #26, items 5 and 6: the low findings of the probe and what a user noticed, each checked by plain
// HTTP against the built service (`next start`), without a browser: what a form without JavaScript sends.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { STEPS as ANSWERS } from './http.mjs';
import { startService } from './service.mjs';

/** @type {Awaited<ReturnType<typeof startService>>} */
let service;
before(async () => {
  service = await startService();
});
after(async () => {
  await service?.stop();
});

/** A page's HTML without React's text separators (`<!-- -->`), as it reads. */
const text = async (response) => (await response.text()).replaceAll('<!-- -->', '');

const decode = (text) =>
  text.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&amp;', '&');

/** An applicant without JavaScript: its cookies, the page's hidden fields, posts not followed. */
function applicant() {
  const jar = new Map();
  const remember = (response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      jar.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim());
    }
    return response;
  };
  const headers = () => ({
    cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
    origin: service.origin,
  });
  const get = async (path) =>
    remember(await fetch(`${service.origin}${path}`, { headers: headers(), redirect: 'manual' }));
  return {
    jar,
    get,
    /** Posts the page's first form with its hidden fields and `fields` (a file is a File). */
    async post(path, fields) {
      const html = await (await get(path)).text();
      const form = html.slice(html.indexOf('<form'), html.indexOf('</form>'));
      const body = new FormData();
      for (const [tag] of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
        const name = /\sname="([^"]*)"/.exec(tag)?.[1];
        if (name) body.append(decode(name), decode(/\svalue="([^"]*)"/.exec(tag)?.[1] ?? ''));
      }
      for (const [name, value] of Object.entries(fields)) body.append(name, value);
      return remember(
        await fetch(`${service.origin}${path}`, {
          method: 'POST',
          body,
          headers: headers(),
          redirect: 'manual',
        }),
      );
    },
  };
}

const PDF = new File(['%PDF-1.4\n%%EOF\n'], 'fahrzeugschein.pdf', { type: 'application/pdf' });

/** An applicant in `city` with every question answered and the evidence uploaded. */
async function readyToSend(city) {
  const person = applicant();
  for (const [step, fields] of ANSWERS) {
    const response = await person.post(`/${city}/antrag/${step}`, fields);
    assert.equal(response.status, 303, step);
  }
  const upload = await person.post(`/${city}/antrag/nachweise`, { fahrzeugschein: PDF });
  assert.equal(upload.status, 303, 'nachweise');
  return person;
}

/** A GET followed through redirects with the applicant's cookies; the last answer. */
async function follow(person, path) {
  let response = await person.get(path);
  for (let hops = 0; hops < 5 && response.status >= 300 && response.status < 400; hops += 1) {
    response = await person.get(
      new URL(response.headers.get('location') ?? '', service.origin).pathname,
    );
  }
  return response;
}

describe('item 5: low findings', () => {
  it('names the session cookie __Host- (Secure, Path=/, no Domain): no fixation from a subdomain', async () => {
    const response = await applicant().post('/kern/antrag/wohnsitz', { zone: 'ja' });
    const [cookie = ''] = response.headers.getSetCookie();
    assert.match(cookie, /^__Host-sk-sitzung=[A-Za-z0-9_-]{43};/);
    assert.match(cookie, /; Secure/i);
    assert.match(cookie, /; Path=\/(;|$)/i);
    assert.doesNotMatch(cookie, /; Domain=/i);
  });

  it('shows the confirmation of the city the application was made in, also after submits through two city paths', async () => {
    const person = await readyToSend('kern');
    const sent = await Promise.all(
      ['kern', 'hamburg'].map((city) =>
        person.post(`/${city}/antrag/erklaerung`, { erklaerung: 'ja' }),
      ),
    );
    assert.deepEqual(
      sent.map((r) => r.status),
      [303, 303],
    );
    // One application, in the city whose submit came first; both answers lead to its confirmation.
    const stored = service.query('SELECT city FROM applications');
    assert.equal(stored.length, 1);
    const madeIn = stored[0].city;
    const office = {
      kern: 'Die Straßenverkehrsbehörde der Musterstadt',
      hamburg: 'Der Landesbetrieb Verkehr',
    };
    const other = madeIn === 'kern' ? 'hamburg' : 'kern';
    for (const response of [...sent, `/${other}/antrag/bestaetigung`]) {
      const path =
        typeof response === 'string'
          ? response
          : new URL(response.headers.get('location') ?? '', service.origin).pathname;
      const html = await text(await follow(person, path));
      assert.match(html, new RegExp(`${office[madeIn]} prüft Ihren Antrag`), path);
      assert.doesNotMatch(html, new RegExp(office[other].slice(4)), path);
      assert.match(html, new RegExp(`data-sk-theme="${madeIn}"`), path);
    }
  });

  it('refuses a post from another origin with 403 and a multipart body without boundary with 400, and logs nothing of either', async () => {
    const wrongOrigin = await fetch(`${service.origin}/kern/antrag/wohnsitz`, {
      method: 'POST',
      headers: { origin: 'https://angreifer.example' },
      body: new FormData(),
    });
    assert.equal(wrongOrigin.status, 403);
    const noBoundary = await fetch(`${service.origin}/kern/antrag/wohnsitz`, {
      method: 'POST',
      headers: { origin: service.origin, 'content-type': 'multipart/form-data' },
      body: 'x',
    });
    assert.equal(noBoundary.status, 400);
    // Nothing from the request reaches the server log (Next.js logged the foreign Origin's value).
    const log = service.output.join('');
    assert.doesNotMatch(log, /angreifer/);
    assert.doesNotMatch(log, /Invalid Server Actions request|Failed to parse body/);
  });

  it('answers an unknown city and an unknown page with a German 404 in the frame, with a way back and nonce’d scripts', async () => {
    for (const [path, home] of [
      ['/unbekannte-stadt', '/kern'],
      ['/hamburg/gibt-es-nicht', '/hamburg'],
      ['/muenchen/antrag/gibt-es-nicht', '/muenchen'],
      ['/schleswig-holstein/info/gibt-es-nicht', '/schleswig-holstein'],
    ]) {
      const response = await fetch(`${service.origin}${path}`);
      assert.equal(response.status, 404, path);
      const html = await response.text();
      assert.match(html, /<html lang="de"/, path);
      assert.match(html, /<h1[^>]*>Seite nicht gefunden<\/h1>/, path);
      assert.match(html, new RegExp(`<a [^>]*href="${home}"[^>]*>Zur Startseite`), path);
      assert.match(html, /<title>Seite nicht gefunden – Bewohnerparkausweis beantragen<\/title>/);
      const nonce = /'nonce-([^']+)'/.exec(
        response.headers.get('content-security-policy') ?? '',
      )?.[1];
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
      assert.ok(scripts.length > 0, path);
      for (const tag of scripts) assert.ok(tag.includes(`nonce="${nonce}"`), `${path}: ${tag}`);
    }
  });

  it('sends HSTS, COOP and CORP, and upgrade-insecure-requests when not on loopback', async () => {
    const response = await fetch(`${service.origin}/kern`);
    assert.match(response.headers.get('strict-transport-security') ?? '', /max-age=\d{8,}/);
    assert.equal(response.headers.get('cross-origin-opener-policy'), 'same-origin');
    assert.equal(response.headers.get('cross-origin-resource-policy'), 'same-origin');
    // The tests (and `next dev`) are plain HTTP on 127.0.0.1: no upgrade there.
    assert.doesNotMatch(response.headers.get('content-security-policy') ?? '', /upgrade/);
    const { port } = new URL(service.origin);
    const policy = await new Promise((resolve, reject) => {
      request(
        { host: '127.0.0.1', port, path: '/kern', headers: { host: 'parken.example' } },
        (r) => {
          r.resume();
          resolve(r.headers['content-security-policy']);
        },
      )
        .on('error', reject)
        .end();
    });
    assert.match(String(policy), /; upgrade-insecure-requests/);
  });

  it('answers PUT, DELETE and PATCH with 405 and Allow', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const response = await fetch(`${service.origin}/kern/antrag/wohnsitz`, { method });
      assert.equal(response.status, 405, method);
      assert.equal(response.headers.get('allow'), 'GET, HEAD, POST', method);
    }
  });

  it('refuses names made only of zero-width or control characters and strips them from names', async () => {
    const person = applicant();
    await person.post('/kern/antrag/wohnsitz', { zone: 'ja' });
    const fields = {
      'geburtsdatum-day': '27',
      'geburtsdatum-month': '3',
      'geburtsdatum-year': '1985',
    };
    const refused = await person.post('/kern/antrag/person', {
      ...fields,
      vorname: '\u200B\u200D\u2060',
      nachname: '-\u0007\u202E.',
    });
    assert.equal(refused.status, 303);
    assert.match(refused.headers.get('location') ?? '', /\/person\?fehler=/);
    const html = await (
      await follow(
        person,
        new URL(refused.headers.get('location') ?? '', service.origin).pathname +
          new URL(refused.headers.get('location') ?? '', service.origin).search,
      )
    ).text();
    // Nothing left after the invisible characters: empty; no letter: not a name.
    assert.match(html, /Geben Sie Ihren Vornamen ein\./);
    assert.match(html, /Der Nachname muss mindestens einen Buchstaben enthalten\./);
    const accepted = await person.post('/kern/antrag/person', {
      ...fields,
      vorname: 'Zeyne\u0301p\u200B',
      nachname: '\u202EKowalczyk',
    });
    assert.match(accepted.headers.get('location') ?? '', /\/adresse/);
    const [row] = service.query('SELECT answers FROM sessions WHERE answers LIKE ?', '%Kowalczyk%');
    const answers = JSON.parse(row.answers);
    assert.equal(answers.firstName, 'Zeyne\u0301p'.normalize('NFC'));
    assert.equal(answers.lastName, 'Kowalczyk');
  });
});

describe('item 6: what a user noticed', () => {
  it('gives each office its own article („Der Landesbetrieb Verkehr“, „beim Mobilitätsreferat“)', async () => {
    const hamburg = await text(await fetch(`${service.origin}/hamburg`));
    assert.match(hamburg, /Der Landesbetrieb Verkehr entscheidet/);
    assert.doesNotMatch(hamburg, /Die Landesbetrieb/);
    const person = await readyToSend('muenchen');
    const declaration = await text(await person.get('/muenchen/antrag/erklaerung'));
    assert.match(declaration, /beantragen Sie beim Mobilitätsreferat einen/);
  });

  it('redirects after a post with a fragment of its own, so a clicked error link’s #zone-ja does not stick', async () => {
    const response = await applicant().post('/kern/antrag/wohnsitz', { zone: 'ja' });
    assert.equal(response.status, 303);
    const location = response.headers.get('location') ?? '';
    assert.match(location, /\/kern\/antrag\/person#$/);
  });

  it('lists „Wohnsitz“ on check answers under „Berechtigung“, the step indicator’s name for it', async () => {
    const person = await readyToSend('kern');
    const html = await (await person.get('/kern/antrag/pruefen')).text();
    const cards = [...html.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map(([, title]) => title);
    assert.deepEqual(cards.slice(0, 2), ['Berechtigung', 'Persönliche Angaben']);
    const berechtigung = html.slice(
      html.indexOf('>Berechtigung</h2>'),
      html.indexOf('>Persönliche Angaben</h2>'),
    );
    assert.match(berechtigung, /Wohnsitz im Bewohnerparkgebiet/);
  });
});
