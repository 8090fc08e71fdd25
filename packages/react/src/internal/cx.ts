/**
 * Joins class names or ids (for `aria-describedby`), skipping empty values; undefined when none is
 * left, so no empty attribute is rendered. Small and allocation-light on purpose: it ships in every
 * component and runs on every render.
 */
export function cx(...values: (string | false | null | undefined)[]): string | undefined {
  let joined = '';
  for (const value of values) if (value) joined = joined ? `${joined} ${value}` : value;
  return joined || undefined;
}
