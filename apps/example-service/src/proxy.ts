// Runs before every page: a fresh nonce per response and a strict Content-Security-Policy that allows
// only this origin and Next.js's own nonce'd inline scripts, the other security headers, and the
// requests the service refuses before Next.js reads them (wrong method, a post from another origin, a
// multipart body without boundary). An unknown city's path shows the service's own „Seite nicht
// gefunden“ in the KERN frame. Also passes the page's path on, for the colour-scheme switch that returns
// to the same page and for the not-found page's link back.
import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';
import { QUESTION_STEPS } from './lib/application';
import { CITY_IDS } from './lib/cities';
import { isTooLarge, tooLarge } from './lib/too-large';

/** The service's pages (src/app/[city]/…); any other address is answered with „Seite nicht gefunden“. */
const PAGE = new RegExp(
  `^/(?:-/icon\\.svg|(?:${CITY_IDS.join('|')})(?:/antrag(?:/(?:${[...QUESTION_STEPS, 'nicht-berechtigt', 'zu-viele-anfragen', 'pruefen', 'erklaerung', 'bestaetigung'].join('|')}))?|/info/(?:impressum|datenschutz|barrierefreiheit)|/icon\\.svg)?/?)$`,
);

/** Hosts a browser reaches over plain HTTP in development and in the tests: no upgrade to HTTPS. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function contentSecurityPolicy(nonce: string, upgrade = true): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    ...(upgrade ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** The headers every answer carries (pages and refusals alike). */
function secure(response: NextResponse, policy: string): NextResponse {
  response.headers.set('Content-Security-Policy', policy);
  // Browsers take it only over HTTPS (and never for an IP address or localhost), so it may always go out.
  response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  response.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  response.headers.set('Cross-Origin-Resource-Policy', 'same-origin');
  response.headers.set('Referrer-Policy', 'same-origin');
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  return response;
}

const refuse = (status: number, text: string, headers: Record<string, string> = {}) =>
  new NextResponse(`${text}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers },
  });

/** Why a request is refused before Next.js reads it, or undefined. */
function refusal(request: NextRequest): NextResponse | undefined {
  const { method } = request;
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') {
    return refuse(405, 'Diese Anfrage-Methode wird nicht unterstützt.', {
      Allow: 'GET, HEAD, POST',
    });
  }
  if (method !== 'POST') return undefined;
  // A post from a page of another origin (Next.js would answer it with a 500).
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin !== null) {
    let originHost: string | undefined;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = undefined;
    }
    if (originHost === undefined || originHost !== host) {
      return refuse(403, 'Anfragen von anderen Websites werden abgelehnt.');
    }
  }
  const type = request.headers.get('content-type') ?? '';
  if (/^multipart\/form-data\b/i.test(type) && !/;\s*boundary=("[^"]+"|[^;\s]+)/i.test(type)) {
    return refuse(400, 'Die Anfrage ist nicht lesbar (multipart ohne boundary).');
  }
  return undefined;
}

export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  // The host the browser asked for (request.nextUrl says „localhost“ for 127.0.0.1).
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? '';
  const policy = contentSecurityPolicy(nonce, !LOOPBACK.has(host.replace(/:\d+$/, '')));
  const refused = refusal(request);
  if (refused) return secure(refused, policy);
  // Over the service's request limit (src/lib/limits.ts): a German page with the size rule, 413.
  if (request.method === 'POST' && isTooLarge(request.headers)) {
    return secure(tooLarge(request.nextUrl.pathname, {}), policy);
  }
  const headers = new Headers(request.headers);
  // Next.js reads the nonce from the request's policy and puts it on its own scripts.
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  headers.set('x-sk-path', request.nextUrl.pathname + request.nextUrl.search);
  const { pathname } = request.nextUrl;
  const first = pathname.split('/')[1] ?? '';
  if (first !== '' && !first.startsWith('_next') && !PAGE.test(pathname)) {
    // Not a page of the service: status 404, and the city's layout (KERN's frame for an unknown city)
    // shows „Seite nicht gefunden“ (src/app/[city]/[...rest] below a city). Not a rewrite: Next.js
    // proxies those as to another host when it listens on an IP address (`next start -H 127.0.0.1`).
    return secure(NextResponse.next({ status: 404, request: { headers } }), policy);
  }
  return secure(NextResponse.next({ request: { headers } }), policy);
}

export const config = {
  // Pages only: not Next's static files.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
