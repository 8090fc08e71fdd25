/**
 * Characters browsers drop while parsing a URL, and invisible ones that could hide a scheme: controls,
 * white space (`\s`: space, no-break spaces, U+2000–U+200A, line and paragraph separators, BOM …) and
 * the zero-width characters U+200B–U+200F.
 */
const IGNORED_IN_URLS = /[\0- \x7F-\x9F\s\u200B-\u200F]/g;

/**
 * Safe: no scheme at all (relative URLs, fragments, queries) or one of http, https, mailto, tel.
 * Anything else (javascript:, data:, vbscript:, file: …) is not.
 */
const SAFE = /^(?![a-z][a-z\d+.-]*:)|^(?:https?|mailto|tel):/i;

/**
 * Returns the href if it is safe to put in the DOM, else undefined. The scheme is read the way
 * browsers read it: control characters and white space (which browsers strip, e.g. "java\tscript:")
 * are ignored.
 */
export function safeHref(href: string | undefined): string | undefined {
  return href !== undefined && SAFE.test(href.replace(IGNORED_IN_URLS, '')) ? href : undefined;
}
