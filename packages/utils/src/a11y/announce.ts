// Deprecated, removed in the next major release: a live region belongs in the markup, where the
// component renders it (`<span class="sk-visually-hidden" aria-live="polite">`, hidden by the
// `.sk-visually-hidden` rule of @stadtkern/css), not injected by script — the behaviours of
// @stadtkern/web and the components of @stadtkern/react work that way (ADR 0008). Until then the region
// below keeps its own copy of the visually-hidden rule, so pages without @stadtkern/css keep working.
import { deprecated } from '../internal/deprecated.js';

/** @deprecated With `announce`. */
export type Politeness = 'polite' | 'assertive';

/** @deprecated With `announce`. */
export interface AnnounceOptions {
  /** `polite` waits until the screen reader is idle; `assertive` interrupts. @default 'polite' */
  readonly politeness?: Politeness;
}

const REGION_ATTR = 'data-sk-announcer';
let clearTimer: ReturnType<typeof setTimeout> | undefined;

function region(doc: Document, politeness: Politeness): HTMLElement {
  const existing = doc.querySelector<HTMLElement>(`[${REGION_ATTR}="${politeness}"]`);
  if (existing) return existing;
  const el = doc.createElement('div');
  el.setAttribute(REGION_ATTR, politeness);
  // role=status / role=alert imply the matching aria-live value; both are set for older readers.
  el.setAttribute('role', politeness === 'assertive' ? 'alert' : 'status');
  el.setAttribute('aria-live', politeness);
  el.setAttribute('aria-atomic', 'true');
  // Visually hidden, but read by screen readers.
  el.style.cssText =
    'position:absolute;inline-size:1px;block-size:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0';
  doc.body.append(el);
  return el;
}

/**
 * Announces a message to screen-reader users through one shared live region per politeness level.
 * Safe in server rendering and React Server Components: without a DOM it does nothing.
 * Repeating the same message announces it again.
 * @deprecated Render a live region in your markup (`<span class="sk-visually-hidden" aria-live="polite">`)
 * next to what changes, and set its text. Removed in the next major release.
 */
export function announce(message: string, options: AnnounceOptions = {}): void {
  deprecated('announce', 'a live region in your markup (aria-live="polite")');
  if (typeof document === 'undefined' || typeof message !== 'string') return;
  // `body` is null while a document is still parsing its <head>.
  const body = document.body as HTMLElement | null;
  if (body === null) return;
  const el = region(document, options.politeness ?? 'polite');
  // Empty first, then set in a new task: live regions announce changes, not content.
  el.textContent = '';
  if (clearTimer !== undefined) clearTimeout(clearTimer);
  setTimeout(() => {
    el.textContent = message;
    clearTimer = setTimeout(() => {
      el.textContent = '';
    }, 7000);
  }, 50);
}
