// The server actions' redirect (Post/Redirect/Get) to a URL with an empty fragment („…/person#“).
// Without JavaScript a form posts to the page's own URL, fragment included: after a click on an error
// summary link that is „…/wohnsitz?fehler=…#zone-ja“, and a 303 whose Location has no fragment keeps
// the request's (RFC 9110, 10.2.2), so „#zone-ja“ would stick to every later page. An empty fragment
// replaces it. With JavaScript, Next.js's router drops the empty fragment.
import { redirect as nextRedirect } from 'next/navigation';

export function redirect(url: string): never {
  const withoutFragment = url.split('#')[0] ?? url;
  return nextRedirect(`${withoutFragment}#`);
}
