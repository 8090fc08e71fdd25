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
 * Warns about markup a behaviour cannot enhance, naming the element, and returns `false`. Development
 * only: call it behind `process.env.NODE_ENV !== 'production'`, which the build replaces, so that the
 * production build (dist/) has neither the call nor its text —
 * `if (…) return process.env.NODE_ENV !== 'production' && warn(name, root, 'problem');` gives up with
 * `false` in both builds (docs/adr/0009-development-build-by-export-condition.md).
 */
export function warn(behaviour: string, element: Element, problem: string): false {
  if (process.env.NODE_ENV !== 'production')
    console.warn(`@stadtkern/web (${behaviour}): ${problem} — left as it is.`, element);
  return false;
}

/**
 * Enhances one element with one behaviour, once: a second call for the same element does nothing.
 * Frameworks that own the element (the React components of `@stadtkern/react`) call this after mount.
 */
export function enhance(element: Element, behaviour: Behaviour): void {
  enhanceOne(behaviour, element);
}

function enhanceOne(behaviour: Behaviour, element: Element): void {
  // Enhanced once per element and behaviour: a flag on the element under a global symbol, so that two
  // copies of this package on one page (the prebuilt file and a bundled copy) still enhance it once.
  const key = Symbol.for(`@stadtkern/web:${behaviour.name}`);
  const flags = element as unknown as Record<symbol, true | undefined>;
  if (flags[key]) return;
  try {
    if (behaviour.enhance(element)) flags[key] = true;
  } catch (error) {
    // One broken element must not stop the other enhancements on the page.
    console.error(`@stadtkern/web (${behaviour.name}): enhancing failed`, element, error);
  }
}

/**
 * Enhances every matching element in `root` (the root included) that is not enhanced yet.
 * Idempotent: calling it again changes nothing for elements already enhanced.
 */
export function initAll(root: ParentNode, behaviours: readonly Behaviour[]): void {
  for (const behaviour of behaviours)
    for (const element of [root as Partial<Element>, ...root.querySelectorAll(behaviour.selector)])
      // `matches?.`, not `instanceof Element`: a document has none, and a frame's elements are no
      // instances of this window's Element.
      if (element.matches?.(behaviour.selector)) enhanceOne(behaviour, element as Element);
}

/**
 * Watches `root` and enhances matching markup inserted later (by Vue, htmx, a CMS widget …).
 * Returns a function that stops watching.
 */
export function observe(root: Node, behaviours: readonly Behaviour[]): () => void {
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.nodeType === 1) initAll(node as Element, behaviours); // Node.ELEMENT_NODE
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
  root: ParentNode | undefined = (globalThis as { document?: Document }).document,
): () => void {
  if (!root) return () => undefined;
  initAll(root, behaviours);
  return observe(root, behaviours);
}

/** The tag name a selector's last compound selector starts with: `':scope > ul.x[y]'` → `'ul'`. */
type TagOf<S extends string> = S extends `${string} ${infer Last}`
  ? TagOf<Last>
  : S extends `${infer Tag}.${string}` | `${infer Tag}[${string}` | `${infer Tag}:${string}`
    ? TagOf<Tag>
    : S;

/** The element a selector finds: by its tag name (`'textarea.x'` → `HTMLTextAreaElement`), else `HTMLElement`. */
export type ElementOf<S extends string> =
  TagOf<S> extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[TagOf<S>] : HTMLElement;

/**
 * A part of a component's markup: its selector, or the selector and how a warning names it when it is
 * missing (`[':scope > button.x', 'button.x child']`).
 */
export type Part = string | readonly [selector: string, named: string];

type SelectorOf<P extends Part> = P extends readonly [infer S extends string, string] ? S : P;

/**
 * The parts of a component that its behaviour needs, found in `root` by selector and typed by the
 * selector's tag name: `requireParts('tabs', root, ['ul.sk-tabs__list'])` gives `[list]`, an
 * `HTMLUListElement`. When a part is missing it warns — `no <selector>`, for the first missing part —
 * and returns `false`, so `enhance` checks its markup and types its parts in one step:
 * `const parts = requireParts(…); if (!parts) return false; const [input, toggle] = parts;`.
 */
export function requireParts<const P extends readonly Part[]>(
  behaviour: string,
  root: Element,
  parts: P,
): { -readonly [K in keyof P]: ElementOf<SelectorOf<P[K]>> } | false {
  const found = parts.map((part) => root.querySelector([part].flat()[0] as string));
  const missing = found.indexOf(null);
  if (missing < 0) return found as { -readonly [K in keyof P]: ElementOf<SelectorOf<P[K]>> };
  return (
    process.env.NODE_ENV !== 'production' &&
    warn(behaviour, root, `no ${[parts[missing]].flat().at(-1) as string}`)
  );
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

/**
 * Calls `go` with the element the page's URL fragment names, now and after every `hashchange`, as long as
 * the fragment names one (the tabs select its panel, the accordion opens its section).
 */
export function followFragment(root: Element, go: (target: Element) => void): void {
  const view = root.ownerDocument.defaultView;
  const follow = (): void => {
    const target = view && elementForFragment(root.ownerDocument, view.location.hash);
    if (target) go(target);
  };
  view?.addEventListener('hashchange', follow);
  follow();
}

/** The language of an element's texts: its `data-sk-locale`, else the nearest `lang`; 'de' unless English. */
export function localeOf(element: Element): 'de' | 'en' {
  const lang =
    element.closest('[data-sk-locale]')?.getAttribute('data-sk-locale') ??
    element.closest('[lang]')?.getAttribute('lang') ??
    '';
  return /^en(-|$)/i.test(lang) ? 'en' : 'de';
}

/**
 * What the Tab key can reach, as one selector: links, enabled form controls, `<summary>`, frames, editable
 * content and anything with a `tabindex` of 0 or more.
 */
const FOCUSABLE =
  ':is(a,area)[href],:is(button,input:not([type=hidden]),select,textarea):not(:disabled),iframe,summary,[contenteditable]:not([contenteditable=false]),[tabindex]:not([tabindex="-1"])';

/**
 * The elements inside `container` that the Tab key reaches, in document order: without disabled ones and
 * without those in `[hidden]`, `[inert]` or otherwise not rendered (`display: none`, `visibility: hidden`).
 */
export function focusableElements(container: ParentNode | null | undefined): HTMLElement[] {
  return [...(container?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter(
    (element) =>
      !element.closest('[hidden],[inert]') &&
      // Not rendered (display: none, visibility: hidden). Safari has checkVisibility only since 17.4.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      (element.checkVisibility?.() ?? true),
  );
}

/**
 * Moves focus to `element`, also to one that is not focusable by itself (an error summary, a banner, a
 * heading): it gets `tabindex="-1"` until it loses focus again, so it never becomes a Tab stop. An element
 * with a `tabindex` of its own keeps it. Returns whether the element has focus now.
 */
export function focusElement(
  element: HTMLElement | null | undefined,
  options?: FocusOptions,
): boolean {
  if (!element) return false;
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) {
    element.tabIndex = -1;
    element.addEventListener(
      'blur',
      () => {
        element.removeAttribute('tabindex');
      },
      { once: true },
    );
  }
  element.focus(options);
  return element.ownerDocument.activeElement === element;
}
