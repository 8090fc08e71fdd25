// Deprecated: the focus helpers live once, in `@stadtkern/web/core`, next to the behaviours that use them
// (the error summary, the dialog, React's NotificationBanner). These delegate to them until the next
// major release removes them.
import { focusElement as focusElementOnce, focusableElements } from '@stadtkern/web/core';
import { deprecated } from '../internal/deprecated.js';

/**
 * Elements inside `container` that the Tab key reaches, in DOM order (hidden ones left out).
 * @deprecated Use `focusableElements` from `@stadtkern/web/core`; removed in the next major release.
 */
export function getFocusableElements(container: ParentNode): HTMLElement[] {
  deprecated('getFocusableElements', 'focusableElements from @stadtkern/web/core');
  return focusableElements(container);
}

/** @deprecated Options of the deprecated `focusElement`; `@stadtkern/web/core` takes `FocusOptions`. */
export interface FocusElementOptions {
  /** @default false */
  readonly preventScroll?: boolean;
}

/**
 * Moves focus to any element, also to one that is not focusable by itself (a heading, an error
 * summary): it gets `tabindex="-1"` for the moment and loses it again on blur, so it does not become
 * a Tab stop. Returns whether the element now has focus.
 * @deprecated Use `focusElement` from `@stadtkern/web/core` (the same function); removed in the next
 * major release.
 */
export function focusElement(
  element: HTMLElement | null | undefined,
  options: FocusElementOptions = {},
): boolean {
  deprecated('focusElement', 'focusElement from @stadtkern/web/core');
  return focusElementOnce(element, options);
}

/**
 * Remembers the focused element and returns a function that puts focus back there, e.g. when a
 * dialog closes. Does nothing without a DOM.
 * @deprecated A `.sk-dialog` of `@stadtkern/web` (and `Dialog` of `@stadtkern/react`) returns focus to
 * its opener by itself; elsewhere keep `document.activeElement` yourself. Removed in the next major
 * release.
 */
export function saveFocus(): () => void {
  deprecated('saveFocus', 'the focus return of @stadtkern/web/dialog');
  if (typeof document === 'undefined') return () => undefined;
  const previous = document.activeElement;
  return () => {
    if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
  };
}
