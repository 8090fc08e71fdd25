// Development-only helpers. Call sites guard them with `process.env.NODE_ENV !== 'production'`
// written out in place: the production build (dist/) has neither the calls nor their texts, and bundlers
// drop this module. The functions guard themselves too, so that the production copy of this module
// holds no warning text either (docs/adr/0009-development-build-by-export-condition.md).

const warned = new Set<string>();

/** Logs a warning once per message. */
export function devWarning(message: string): void {
  if (process.env.NODE_ENV === 'production' || warned.has(message)) return;
  warned.add(message);
  console.warn(`[Stadtkern] ${message}`);
}

/** True when `node` contains text that gives an accessible name. */
export function hasTextContent(node: unknown): boolean {
  if (node === null || node === undefined || typeof node === 'boolean') return false;
  if (typeof node === 'string') return node.trim() !== '';
  if (typeof node === 'number') return true;
  if (Array.isArray(node)) return node.some(hasTextContent);
  if (typeof node === 'object' && 'props' in node) {
    const props = (node as { props: { children?: unknown; 'aria-hidden'?: unknown } }).props;
    if (props['aria-hidden'] === true || props['aria-hidden'] === 'true') return false;
    return hasTextContent(props.children);
  }
  return false;
}

/** Warns in development when an element would have no accessible name. */
export function warnIfUnnamed(
  component: string,
  props: {
    children?: unknown;
    'aria-label'?: string | undefined;
    'aria-labelledby'?: string | undefined;
    title?: string | undefined;
  },
  hint: string,
): void {
  const named =
    hasTextContent(props.children) ||
    Boolean(props['aria-label']?.trim()) ||
    Boolean(props['aria-labelledby']?.trim()) ||
    Boolean(props.title?.trim());
  if (process.env.NODE_ENV !== 'production' && !named)
    devWarning(`${component} has no accessible name. ${hint}`);
}
