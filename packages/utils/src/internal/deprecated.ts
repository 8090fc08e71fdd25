const warned = new Set<string>();

/**
 * Warns once per function, in development only, that a deprecated function is used and what replaces
 * it (docs/releasing.md: deprecate in a minor release, remove in the next major).
 */
export function deprecated(name: string, instead: string): void {
  if (typeof process === 'undefined' || process.env.NODE_ENV === 'production' || warned.has(name))
    return;
  warned.add(name);
  console.warn(
    `@stadtkern/utils: ${name} is deprecated and will be removed in the next major release. Use ${instead}.`,
  );
}
