import { warn } from './core.js';
import type { Behaviour } from './core.js';

/**
 * The texts of the dialog, once for plain HTML and `Dialog` in `@stadtkern/react`: the visible text
 * (and so the accessible name) of the close button in the header.
 */
export const dialogTexts = {
  de: { close: 'Schließen' },
  en: { close: 'Close' },
} as const;

/** The element that had focus before each dialog opened: it gets focus back when the dialog closes. */
const openers = new WeakMap<HTMLDialogElement, Element>();
/** The invoker of a `command` event, kept until the dialog's `beforetoggle` says it opens. */
const invokers = new WeakMap<HTMLDialogElement, Element>();

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

function firstFocusable(container: Element | null): HTMLElement | null {
  if (!container) return null;
  for (const element of container.querySelectorAll<HTMLElement>(FOCUSABLE))
    if (
      !element.closest('[hidden], [inert]') &&
      (!('checkVisibility' in element) || element.checkVisibility())
    )
      return element;
  return null;
}

/**
 * Where focus goes when the dialog opens (WAI-ARIA APG): the element with `autofocus`; in an alert
 * dialog the action that only closes it (the least destructive one); else the first focusable element
 * of the body, then of the actions. `null` leaves the browser's choice.
 */
export function initialFocus(dialog: HTMLDialogElement): HTMLElement | null {
  const autofocus = dialog.querySelector<HTMLElement>('[autofocus]');
  if (autofocus) return autofocus;
  const actions = dialog.querySelector(':scope > .sk-dialog__actions');
  if (dialog.getAttribute('role') === 'alertdialog') {
    const cancel = actions?.querySelector<HTMLElement>(
      'button[command="close"]:not([disabled]), button[command="request-close"]:not([disabled])',
    );
    if (cancel) return cancel;
  }
  return (
    firstFocusable(dialog.querySelector(':scope > .sk-dialog__body')) ?? firstFocusable(actions)
  );
}

function focusInitial(dialog: HTMLDialogElement): void {
  initialFocus(dialog)?.focus();
}

/**
 * Opens `dialog` as a modal (`showModal()`) with the behaviour's bookkeeping: `opener` (by default
 * the element with focus) gets focus back when the dialog closes, and focus starts on
 * {@link initialFocus}. Does nothing when the dialog is open or not in a document.
 */
export function openDialog(
  dialog: HTMLDialogElement,
  opener: Element | null = dialog.ownerDocument.activeElement,
): void {
  if (dialog.open || !dialog.isConnected) return;
  if (opener) invokers.set(dialog, opener);
  dialog.showModal();
  // The browser's toggle event moves focus too; focusing now covers browsers without it.
  focusInitial(dialog);
}

/** Closes `dialog` (focus returns to its opener). `returnValue` becomes `dialog.returnValue`. */
export function closeDialog(dialog: HTMLDialogElement, returnValue?: string): void {
  if (dialog.open) dialog.close(returnValue);
}

/** True when the browser runs `command`/`commandfor` itself (invoker commands). */
function invokersSupported(): boolean {
  return 'command' in HTMLButtonElement.prototype;
}

/**
 * The script fallback of invoker commands for dialogs, for browsers without them: one click listener
 * on the document, which runs `show-modal`, `close` and `request-close` of a `button[commandfor]` whose
 * target is a `<dialog>` — as the browser would.
 */
function onInvoke(event: Event): void {
  if (event.defaultPrevented || !(event.target instanceof Element)) return;
  const button = event.target.closest('button[commandfor]');
  if (!(button instanceof HTMLButtonElement) || button.disabled) return;
  // A submit or reset button in a form does its form's work, not the command (HTML's order).
  const type = button.getAttribute('type')?.toLowerCase();
  if (button.form && type !== 'button') return;
  const target = button.ownerDocument.getElementById(button.getAttribute('commandfor') ?? '');
  if (!(target instanceof HTMLDialogElement)) return;
  const command = button.getAttribute('command')?.toLowerCase();
  const value = button.hasAttribute('value') ? button.value : undefined;
  if (command === 'show-modal') openDialog(target, button);
  else if (command === 'close') closeDialog(target, value);
  else if (command === 'request-close' && target.open) {
    if (typeof target.requestClose === 'function') target.requestClose(value);
    else target.close(value);
  }
}

function installFallback(document: Document): void {
  const key = Symbol.for('@stadtkern/web:dialog-invokers');
  const flags = document as unknown as Record<symbol, boolean | undefined>;
  if (flags[key] || invokersSupported()) return;
  flags[key] = true;
  document.addEventListener('click', onInvoke);
}

/** The element `id` names, searched in the dialog's tree (it need not be in a document yet). */
function byId(dialog: HTMLDialogElement, id: string): Element | null {
  const root = dialog.getRootNode();
  const found =
    root instanceof Document || root instanceof ShadowRoot ? root.getElementById(id) : null;
  return found ?? dialog.querySelector(`[id="${id.replace(/["\\]/g, '\\$&')}"]`);
}

/** The text of the elements an IDREF list names; '' when one of them is missing. */
function textOf(dialog: HTMLDialogElement, ids: string | null): string {
  const list = (ids ?? '').split(/\s+/).filter(Boolean);
  const texts = list.map((id) => byId(dialog, id)?.textContent.trim() ?? '');
  return texts.includes('') ? '' : texts.join(' ');
}

/**
 * `.sk-dialog`: a native `<dialog>` opened modally by an invoker button
 * (`command="show-modal" commandfor="<id>"`), by {@link openDialog} or by `showModal()`. The browser
 * makes the page inert and closes on Escape; the behaviour adds what it does not: focus starts on the
 * `autofocus` element, in an alert dialog on the cancel action, else on the first focusable element of
 * the body (APG); focus returns to the opener however the dialog closes; `closedby="any"` (light
 * dismiss) works where the browser lacks it; and browsers without invoker commands get a script
 * fallback. Incomplete markup (no `<dialog>`, no name from its heading, an alert dialog without a
 * description) is warned about and left alone.
 */
export const dialog: Behaviour = {
  name: 'dialog',
  selector: '.sk-dialog',
  enhance(element) {
    if (!(element instanceof HTMLDialogElement)) {
      warn('dialog', element, '.sk-dialog must be a <dialog> element');
      return false;
    }
    const named =
      Boolean(element.getAttribute('aria-label')?.trim()) ||
      textOf(element, element.getAttribute('aria-labelledby')) !== '';
    if (!named) {
      warn('dialog', element, 'no name: aria-labelledby must point to the dialog’s heading');
      return false;
    }
    if (
      element.getAttribute('role') === 'alertdialog' &&
      textOf(element, element.getAttribute('aria-describedby')) === ''
    ) {
      warn('dialog', element, 'an alertdialog needs aria-describedby pointing to its message');
      return false;
    }
    installFallback(element.ownerDocument);

    // Native invokers: the command event names the button that opens the dialog.
    element.addEventListener('command', (event) => {
      const { command, source } = event as Event & { command?: string; source?: Element | null };
      if (command === 'show-modal' && source) invokers.set(element, source);
    });
    element.addEventListener('beforetoggle', (event) => {
      if (event.newState !== 'open') return;
      const opener = invokers.get(element) ?? element.ownerDocument.activeElement;
      invokers.delete(element);
      if (opener) openers.set(element, opener);
    });
    element.addEventListener('toggle', (event) => {
      if (event.newState === 'open' && element.open) focusInitial(element);
    });
    element.addEventListener('close', () => {
      const opener = openers.get(element) ?? invokers.get(element);
      openers.delete(element);
      invokers.delete(element);
      const active = element.ownerDocument.activeElement;
      const lost = !active || active === element.ownerDocument.body || element.contains(active);
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    });
    // Light dismiss (closedby="any") for browsers that do not know the attribute: a click on the
    // backdrop reaches the dialog itself, outside its box.
    element.addEventListener('click', (event) => {
      if (
        'closedBy' in HTMLDialogElement.prototype ||
        event.target !== element ||
        element.getAttribute('closedby')?.toLowerCase() !== 'any'
      )
        return;
      const box = element.getBoundingClientRect();
      const inside =
        event.clientX >= box.left &&
        event.clientX <= box.right &&
        event.clientY >= box.top &&
        event.clientY <= box.bottom;
      if (!inside) element.close();
    });
    return true;
  },
};
