import { focusableElements, warn } from './core.js';
import type { Behaviour } from './core.js';

/**
 * The texts of the dialog, once for plain HTML and `Dialog` in `@stadtkern/react`: the visible text
 * (and so the accessible name) of the close button in the header.
 */
export const dialogTexts = {
  de: { close: 'Schließen' },
  en: { close: 'Close' },
} as const;

/** The element that had focus (or the invoker) when each dialog opened: focus goes back to it. */
const openers = new WeakMap<HTMLDialogElement, Element | null>();

/**
 * Where focus goes when the dialog opens (WAI-ARIA APG): the element with `autofocus`; in an alert
 * dialog the action that only closes it (the least destructive one); else the first focusable element
 * of the body, then of the actions. `null` leaves the browser's choice.
 */
export function initialFocus(dialog: HTMLDialogElement): HTMLElement | null {
  const actions = dialog.querySelector(':scope > .sk-dialog__actions');
  return (
    dialog.querySelector<HTMLElement>('[autofocus]') ??
    (dialog.getAttribute('role') === 'alertdialog'
      ? actions?.querySelector<HTMLElement>(
          'button:is([command=close],[command=request-close]):not([disabled])',
        )
      : null) ??
    [
      ...focusableElements(dialog.querySelector(':scope > .sk-dialog__body')),
      ...focusableElements(actions),
    ][0] ??
    null
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
  openers.set(dialog, opener);
  dialog.showModal();
  // The browser's toggle event moves focus too; focusing now covers browsers without it.
  focusInitial(dialog);
}

/** Closes `dialog` (focus returns to its opener). `returnValue` becomes `dialog.returnValue`. */
export function closeDialog(dialog: HTMLDialogElement, returnValue?: string): void {
  if (dialog.open) dialog.close(returnValue);
}

/**
 * The script fallback of invoker commands for dialogs, for browsers without them: one click listener
 * on the document (the same function, so adding it again adds nothing), which runs `show-modal`, `close`
 * and `request-close` of a `button[commandfor]` whose target is a `<dialog>` — as the browser would. A
 * second copy of this package adds its own listener, which finds the work done (`openDialog` and
 * `closeDialog` do nothing twice).
 */
function onInvoke(event: Event): void {
  const button = (event.target as Partial<Element>).closest?.('button[commandfor]');
  // A submit or reset button in a form does its form's work, not the command (HTML's order).
  if (
    !(button instanceof HTMLButtonElement) ||
    button.disabled ||
    (button.form && button.type !== 'button')
  )
    return;
  const target = button.ownerDocument.getElementById(button.getAttribute('commandfor') as string);
  const command = button.getAttribute('command')?.toLowerCase();
  if (!(target instanceof HTMLDialogElement)) return;
  if (command === 'show-modal') openDialog(target, button);
  // request-close would let a cancel listener object; browsers without invokers lack it too.
  else if (command === 'close' || command === 'request-close')
    closeDialog(target, button.hasAttribute('value') ? button.value : undefined);
}

/** True when every element of the IDREF list `ids` is in the dialog and has text. */
function names(dialog: HTMLDialogElement, ids: string | null): boolean {
  return !!ids
    ?.match(/\S+/g)
    ?.every((id) => dialog.querySelector(`[id="${id}"]`)?.textContent.trim());
}

/**
 * `.sk-dialog`: a native `<dialog>` opened modally by an invoker button
 * (`command="show-modal" commandfor="<id>"`), by {@link openDialog} or by `showModal()`. The browser
 * makes the page inert and closes on Escape; the behaviour adds what it does not: focus starts on the
 * `autofocus` element, in an alert dialog on the cancel action, else on the first focusable element of
 * the body (APG); focus returns to the opener however the dialog closes; and browsers without invoker commands get a script
 * fallback. Incomplete markup (no `<dialog>`, no name from its heading, an alert dialog without a
 * description) is warned about and left alone.
 */
export const dialog: Behaviour = {
  name: 'dialog',
  selector: '.sk-dialog',
  enhance(element) {
    if (!(element instanceof HTMLDialogElement))
      return process.env.NODE_ENV !== 'production' && warn('dialog', element, 'not a <dialog>');
    if (
      !element.getAttribute('aria-label')?.trim() &&
      !names(element, element.getAttribute('aria-labelledby'))
    )
      return (
        process.env.NODE_ENV !== 'production' &&
        warn('dialog', element, 'no name: aria-labelledby must point to its heading')
      );
    if (
      element.getAttribute('role') === 'alertdialog' &&
      !names(element, element.getAttribute('aria-describedby'))
    )
      return (
        process.env.NODE_ENV !== 'production' &&
        warn('dialog', element, 'an alertdialog needs aria-describedby pointing to its message')
      );
    const document = element.ownerDocument;
    if (!('command' in HTMLButtonElement.prototype)) document.addEventListener('click', onInvoke);
    // Native invokers: the command event names the button that opens the dialog.
    element.addEventListener('command', (event) => {
      const { command, source } = event as Event & { command?: string; source?: Element | null };
      if (command === 'show-modal' && source) openers.set(element, source);
    });
    element.addEventListener('beforetoggle', (event) => {
      if (event.newState === 'open' && !openers.has(element))
        openers.set(element, document.activeElement);
    });
    element.addEventListener('toggle', (event) => {
      if (event.newState === 'open' && element.open) focusInitial(element);
    });
    element.addEventListener('close', () => {
      const opener = openers.get(element) as HTMLElement | null | undefined;
      openers.delete(element);
      const active = document.activeElement;
      if ((!active || active === document.body || element.contains(active)) && opener?.isConnected)
        opener.focus();
    });
    return true;
  },
};
