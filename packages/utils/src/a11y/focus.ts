const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'iframe',
  'summary',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** Elements inside `container` that the Tab key reaches, in DOM order (hidden ones left out). */
export function getFocusableElements(container: ParentNode): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.closest('[inert], [hidden]') && el.getAttribute('aria-hidden') !== 'true',
  );
}

export interface FocusElementOptions {
  /** @default false */
  readonly preventScroll?: boolean;
}

/**
 * Moves focus to any element, also to one that is not focusable by itself (a heading, an error
 * summary): it gets `tabindex="-1"` for the moment and loses it again on blur, so it does not become
 * a Tab stop. Returns whether the element now has focus.
 */
export function focusElement(
  element: HTMLElement | null | undefined,
  options: FocusElementOptions = {},
): boolean {
  if (!element || typeof element.focus !== 'function') return false;
  if (!element.hasAttribute('tabindex') && !element.matches(FOCUSABLE)) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener(
      'blur',
      () => {
        element.removeAttribute('tabindex');
      },
      { once: true },
    );
  }
  element.focus({ preventScroll: options.preventScroll === true });
  return element.ownerDocument.activeElement === element;
}

/**
 * Remembers the focused element and returns a function that puts focus back there, e.g. when a
 * dialog closes. Does nothing without a DOM.
 */
export function saveFocus(): () => void {
  if (typeof document === 'undefined') return () => undefined;
  const previous = document.activeElement;
  return () => {
    if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
  };
}
