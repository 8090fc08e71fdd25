export type Politeness = 'polite' | 'assertive';

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
 */
export function announce(message: string, options: AnnounceOptions = {}): void {
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
