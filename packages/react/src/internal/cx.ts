/** Joins class names, skipping empty values. Tiny on purpose: it ships in every component. */
export function cx(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(' ');
}
