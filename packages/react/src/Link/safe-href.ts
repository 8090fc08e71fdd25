/** Characters browsers drop while parsing a URL (controls, spaces, invisible formatting). */
const IGNORED_IN_URLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0020\u007F-\u009F\u00A0\u1680\u2000-\u200F\u2028\u2029\u202F\u205F\u3000\uFEFF]/g;

/** URL schemes a link may use; anything else (javascript:, data:, vbscript:, file: …) is dropped. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Returns the href if it is safe to put in the DOM, else undefined. Relative URLs, fragments and
 * queries are safe. The scheme is read the way browsers read it: control characters and white space
 * (which browsers strip, e.g. "java\tscript:") are ignored.
 */
export function safeHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  const compact = href.replace(IGNORED_IN_URLS, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  if (scheme === undefined) return href;
  return SAFE_SCHEMES.has(scheme.toLowerCase()) ? href : undefined;
}
