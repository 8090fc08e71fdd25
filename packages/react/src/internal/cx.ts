/**
 * Joins class names or ids (for `aria-describedby`), skipping empty values; undefined when none is
 * left, so no empty attribute is rendered. Tiny on purpose: it ships in every component.
 */
export function cx(...values: (string | false | null | undefined)[]): string | undefined {
  return values.filter(Boolean).join(' ') || undefined;
}
