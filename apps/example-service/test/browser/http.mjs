// The service without a browser: what a form post without JavaScript sends, by fetch. Reads a page's
// form (its hidden fields carry the server action's id), posts it as multipart/form-data with the
// cookies the service set, and follows nothing: each test sees the 303 and its Location itself.
import { paddedPng } from './images.mjs';

const decode = (text) =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

const attribute = (tag, name) => {
  const match = new RegExp(`\\s${name.replace('$', '\\$')}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]) : undefined;
};

/**
 * A client: its own cookies, sent with every request, updated from every answer. `address` is sent as
 * X-Forwarded-For, as a reverse proxy would: the per-client limits count by it.
 */
export function client(origin, address = undefined) {
  /** @type {Map<string, string>} */
  const jar = new Map();
  const remember = (response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  };
  const headers = () => ({
    cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
    origin,
    ...(address ? { 'x-forwarded-for': address } : {}),
  });

  /** The hidden fields of the page's form whose submit button says `button`. */
  async function formOf(path, button) {
    const response = remember(
      await fetch(`${origin}${path}`, { headers: headers(), redirect: 'manual' }),
    );
    const html = await response.text();
    const form = html
      .split('<form')
      .slice(1)
      .map((part) => part.slice(0, part.indexOf('</form>')))
      .find((part) => part.includes(`>${button}<`));
    if (!form) throw new Error(`${path} (${response.status}) has no form with „${button}“`);
    const fields = new FormData();
    for (const [tag] of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
      const name = attribute(tag, 'name');
      if (name !== undefined) fields.append(name, attribute(tag, 'value') ?? '');
    }
    return fields;
  }

  return {
    jar,
    formOf,
    /**
     * Posts the form of `path` (the one with `button`) with `fields` added; files are
     * `{ name, type, bytes }`. Returns the response, not followed.
     */
    async post(path, button, fields = {}) {
      const body = await formOf(path, button);
      for (const [name, value] of Object.entries(fields)) {
        for (const item of Array.isArray(value) ? value : [value]) {
          if (typeof item === 'string') body.append(name, item);
          else body.append(name, new File([item.bytes], item.name, { type: item.type }), item.name);
        }
      }
      return this.send(path, body);
    },
    /** Posts a ready body to `path`, with this client's cookies. */
    async send(path, body) {
      return remember(
        await fetch(`${origin}${path}`, {
          method: 'POST',
          body,
          headers: headers(),
          redirect: 'manual',
        }),
      );
    },
    async get(path) {
      return remember(await fetch(`${origin}${path}`, { headers: headers(), redirect: 'manual' }));
    },
  };
}

/** A valid PNG of exactly `size` bytes (the service decodes every image it takes). */
export const png = (name, size) => ({ name, type: 'image/png', bytes: paddedPng(size) });

/** The journey's answers, step by step, as a form without JavaScript sends them. */
export const STEPS = [
  ['wohnsitz', { zone: 'ja' }],
  [
    'person',
    {
      vorname: 'Zeynep',
      nachname: 'Müller',
      'geburtsdatum-day': '27',
      'geburtsdatum-month': '3',
      'geburtsdatum-year': '1985',
    },
  ],
  ['adresse', { strasse: 'Sonnenstraße', hausnummer: '12a', plz: '80331', ort: 'München' }],
  ['fahrzeug', { kennzeichen: 'M-AB 1234', halter: 'halter' }],
  ['zahlung', { kontoinhaber: 'Zeynep Müller', iban: 'DE89370400440532013000', mandat: 'ja' }],
];

/** Answers every question up to the evidence (and, with `evidence`, uploads it), without JavaScript. */
export async function answerUpTo(applicant, city, evidence, keeper = 'halter') {
  for (const [step, fields] of STEPS) {
    const response = await applicant.post(`/${city}/antrag/${step}`, 'Weiter', {
      ...fields,
      ...(step === 'fahrzeug' ? { halter: keeper } : {}),
    });
    if (response.status !== 303) throw new Error(`${step}: ${response.status}`);
  }
  if (evidence) {
    const response = await applicant.post(`/${city}/antrag/nachweise`, 'Weiter', {
      fahrzeugschein: evidence,
    });
    if (response.status !== 303) throw new Error(`nachweise: ${response.status}`);
  }
}

/**
 * Gives a browser context a session that has answered every question before the evidence (by HTTP, no
 * page visited): uploads are only taken there.
 * @param {import('playwright').BrowserContext} context
 */
export async function toEvidence(context, origin, city, keeper = 'halter') {
  const applicant = client(origin);
  await answerUpTo(applicant, city, undefined, keeper);
  await context.addCookies(
    // Domain and path, not `url`: Playwright takes a cookie given by an http:// URL as not Secure, and
    // the browser refuses a __Host- cookie without Secure (127.0.0.1 counts as a secure origin).
    [...applicant.jar].map(([name, value]) => ({
      name,
      value,
      domain: new URL(origin).hostname,
      path: '/',
      secure: name.startsWith('__'),
      httpOnly: true,
    })),
  );
}

/** Where a redirect leads: its path and query (a fragment, if any, left out). */
export const target = (response) => {
  const url = new URL(response.headers.get('location') ?? '', 'http://service');
  return url.pathname + url.search;
};

/** A page's HTML without the comments React puts between the parts of a text. */
export const html = async (response) => (await response.text()).replaceAll('<!-- -->', '');
