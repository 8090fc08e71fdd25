/**
 * The enhancement engine shared by every behaviour: find elements by their `@stadtkern/css` class,
 * enhance each once, and keep watching a root for markup inserted later. Nothing here runs at import.
 */

/** One progressive enhancement: which elements it applies to and what it does to one of them. */
export interface Behaviour {
  /** Stable name, used for the "already enhanced" bookkeeping and in warnings. */
  readonly name: string;
  /** CSS selector of the elements it enhances, e.g. `.sk-error-summary`. */
  readonly selector: string;
  /**
   * Enhances one element. Returns `false` when the markup is incomplete (after warning about it),
   * so the element is left as it is and tried again if it is inserted again.
   */
  readonly enhance: (element: Element) => boolean;
}

/**
 * Elements already enhanced, per behaviour name. Kept on `globalThis` so that two copies of this
 * package on one page (the prebuilt file and a bundled copy) still enhance every element only once.
 */
function enhanced(name: string): WeakSet<Element> {
  const key = Symbol.for('@stadtkern/web:enhanced');
  const global = globalThis as Record<symbol, Map<string, WeakSet<Element>> | undefined>;
  const store = (global[key] ??= new Map<string, WeakSet<Element>>());
  let set = store.get(name);
  if (!set) store.set(name, (set = new WeakSet()));
  return set;
}

/** True unless a bundler has replaced `process.env.NODE_ENV` with "production". */
function development(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    // No bundler and no `process` (a plain <script type="module">): treat as development.
    return true;
  }
}

/** Warns, in development only, about markup a behaviour cannot enhance. Names the element. */
export function warn(behaviour: string, element: Element, problem: string): void {
  if (development())
    console.warn(`@stadtkern/web (${behaviour}): ${problem} — left as it is.`, element);
}

/**
 * Enhances one element with one behaviour, once: a second call for the same element does nothing.
 * Frameworks that own the element (the React components of `@stadtkern/react`) call this after mount.
 */
export function enhance(element: Element, behaviour: Behaviour): void {
  enhanceOne(behaviour, element);
}

function enhanceOne(behaviour: Behaviour, element: Element): void {
  const done = enhanced(behaviour.name);
  if (done.has(element)) return;
  try {
    if (behaviour.enhance(element)) done.add(element);
  } catch (error) {
    // One broken element must not stop the other enhancements on the page.
    console.error(`@stadtkern/web (${behaviour.name}): enhancing failed`, element, error);
  }
}

function enhanceTree(node: ParentNode, behaviours: readonly Behaviour[]): void {
  for (const behaviour of behaviours) {
    if (node instanceof Element && node.matches(behaviour.selector)) enhanceOne(behaviour, node);
    for (const element of node.querySelectorAll(behaviour.selector)) enhanceOne(behaviour, element);
  }
}

/**
 * Enhances every matching element in `root` (the root included) that is not enhanced yet.
 * Idempotent: calling it again changes nothing for elements already enhanced.
 */
export function initAll(root: ParentNode, behaviours: readonly Behaviour[]): void {
  enhanceTree(root, behaviours);
}

/**
 * Watches `root` and enhances matching markup inserted later (by Vue, htmx, a CMS widget …).
 * Returns a function that stops watching.
 */
export function observe(root: Node, behaviours: readonly Behaviour[]): () => void {
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.nodeType === Node.ELEMENT_NODE) enhanceTree(node as Element, behaviours);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
  };
}

/**
 * Enhances everything in `root` now and keeps enhancing markup inserted later. Returns a function
 * that stops watching. Without a DOM (server rendering) it does nothing.
 */
export function startWith(
  behaviours: readonly Behaviour[],
  root: ParentNode | undefined = typeof document === 'undefined' ? undefined : document,
): () => void {
  if (root === undefined) return () => undefined;
  initAll(root, behaviours);
  return observe(root, behaviours);
}

/**
 * The element a URL fragment (`#id`, percent-encoded as in `location.hash` or an `href`) names in `doc`;
 * null when the fragment is empty, names nothing, or is malformed (never throws).
 */
export function elementForFragment(doc: Document, fragment: string): Element | null {
  if (!fragment.startsWith('#') || fragment.length < 2) return null;
  try {
    return doc.getElementById(decodeURIComponent(fragment.slice(1)));
  } catch {
    return null; // a malformed percent-encoding names no element
  }
}

/** The language of an element's texts: its `data-sk-locale`, else the nearest `lang`; 'de' unless English. */
export function localeOf(element: Element): 'de' | 'en' {
  const lang =
    element.closest('[data-sk-locale]')?.getAttribute('data-sk-locale') ??
    element.closest('[lang]')?.getAttribute('lang') ??
    '';
  return /^en(-|$)/i.test(lang) ? 'en' : 'de';
}
