import { readFileSync } from 'node:fs';
import { URL as NodeURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enhance } from '../src/core.js';
import { closeDialog, dialog, dialogTexts, initialFocus, openDialog } from '../src/dialog.js';
import { start } from '../src/index.js';
import { setBody } from './helpers.js';
// @ts-expect-error -- a plain JavaScript module without types
import { html } from './browser/behaviours/dialog.mjs';

// happy-dom has no invoker commands, so these tests run the script fallback; Chromium's native
// invokers are covered by the shared behaviour spec (test/browser/behaviours/dialog.mjs).

/** The markup `Dialog` in @stadtkern/react renders and the CSS docs show. */
const info = (dialogAttributes = 'aria-labelledby="zone-titel"') => `
  <button type="button" class="sk-button sk-button--secondary" command="show-modal" commandfor="zone">Was ist eine Bewohnerparkzone?</button>
  <dialog class="sk-dialog" id="zone" ${dialogAttributes} closedby="any">
    <div class="sk-dialog__header">
      <h2 class="sk-dialog__title" id="zone-titel">Was ist eine Bewohnerparkzone?</h2>
      <button type="button" class="sk-button sk-button--tertiary sk-dialog__close" command="close" commandfor="zone">Schließen</button>
    </div>
    <div class="sk-dialog__body">
      <p>Ein Gebiet, in dem nur mit Ausweis länger geparkt werden darf.</p>
      <p><a class="sk-link" href="/bewohnerparken/zonen">Karte der Bewohnerparkzonen</a></p>
    </div>
    <div class="sk-dialog__actions">
      <button type="button" class="sk-button" command="close" commandfor="zone" value="ok">Verstanden</button>
    </div>
  </dialog>`;

const alert = (
  cancelAttributes = 'autofocus',
  describedBy = 'aria-describedby="zurueckziehen-text"',
) => `
  <button type="button" class="sk-button sk-button--secondary" command="show-modal" commandfor="zurueckziehen">Antrag zurückziehen</button>
  <dialog class="sk-dialog sk-dialog--alert" id="zurueckziehen" role="alertdialog" aria-labelledby="zurueckziehen-titel" ${describedBy}>
    <div class="sk-dialog__header">
      <h2 class="sk-dialog__title" id="zurueckziehen-titel">Antrag wirklich zurückziehen?</h2>
    </div>
    <div class="sk-dialog__body" id="zurueckziehen-text">
      <p>Ihr Antrag wird gelöscht.</p>
    </div>
    <div class="sk-dialog__actions">
      <form method="post" action="/antrag/zurueckziehen"><button type="submit" class="sk-button">Antrag zurückziehen</button></form>
      <button type="button" class="sk-button sk-button--secondary" command="close" commandfor="zurueckziehen" ${cancelAttributes}>Abbrechen</button>
    </div>
  </dialog>`;

let stop: () => void = () => undefined;
afterEach(() => {
  for (const open of document.querySelectorAll('dialog')) open.close();
  stop();
  vi.restoreAllMocks();
  setBody('');
});

const button = (name: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
const theDialog = () => document.querySelector('dialog') as HTMLDialogElement;

describe('Dialog behaviour', () => {
  it('the opener opens the dialog modally; focus starts on the first focusable element of the body', () => {
    setBody(info());
    stop = start();
    const opener = button('Was ist eine Bewohnerparkzone?');
    opener?.focus();
    opener?.click();
    expect(theDialog().open).toBe(true);
    expect(document.activeElement?.textContent).toBe('Karte der Bewohnerparkzonen');
  });

  it('the close button and the action close it; focus returns to the opener; the value becomes returnValue', () => {
    setBody(info());
    stop = start();
    const opener = button('Was ist eine Bewohnerparkzone?');
    opener?.click();
    button('Schließen')?.click();
    expect(theDialog().open).toBe(false);
    expect(document.activeElement).toBe(opener);
    opener?.click();
    button('Verstanden')?.click();
    expect(theDialog().open).toBe(false);
    expect(theDialog().returnValue).toBe('ok');
    expect(document.activeElement).toBe(opener);
  });

  it('focus returns to the opener when something else closes the dialog (Escape, a framework)', () => {
    setBody(info());
    stop = start();
    const opener = button('Was ist eine Bewohnerparkzone?');
    opener?.click();
    theDialog().close();
    expect(document.activeElement).toBe(opener);
  });

  it('an alert dialog starts on the autofocus action, else on its cancel action', () => {
    setBody(alert());
    stop = start();
    button('Antrag zurückziehen')?.click();
    expect(theDialog().open).toBe(true);
    expect(document.activeElement?.textContent).toBe('Abbrechen');
    button('Abbrechen')?.click();
    expect(document.activeElement).toBe(button('Antrag zurückziehen'));

    setBody(alert(''));
    expect(initialFocus(theDialog())?.textContent).toBe('Abbrechen');
  });

  it('openDialog() and closeDialog() do the same bookkeeping for frameworks', () => {
    setBody(info());
    const opener = button('Was ist eine Bewohnerparkzone?') as HTMLButtonElement;
    enhance(theDialog(), dialog);
    openDialog(theDialog(), opener);
    expect(theDialog().open).toBe(true);
    expect(document.activeElement?.textContent).toBe('Karte der Bewohnerparkzonen');
    openDialog(theDialog(), document.body);
    closeDialog(theDialog(), 'abgebrochen');
    expect(theDialog().returnValue).toBe('abgebrochen');
    expect(document.activeElement).toBe(opener);
  });

  it('is idempotent: enhancing twice installs nothing twice', () => {
    setBody(info());
    stop = start();
    enhance(theDialog(), dialog);
    start()();
    const opener = button('Was ist eine Bewohnerparkzone?') as HTMLButtonElement;
    const focus = vi.spyOn(opener, 'focus');
    const show = vi.spyOn(theDialog(), 'showModal');
    opener.click();
    expect(show).toHaveBeenCalledOnce();
    button('Schließen')?.click();
    expect(focus).toHaveBeenCalledOnce();
  });

  it.each([
    ['no name', info('aria-labelledby="fehlt"'), 'no name'],
    ['no aria-labelledby', info(''), 'no name'],
    ['an alertdialog without a description', alert('autofocus', ''), 'aria-describedby'],
    [
      'not a <dialog>',
      '<div class="sk-dialog" aria-label="Hinweis"><button>OK</button></div>',
      'not a <dialog>',
    ],
  ])('warns about %s and leaves it alone, without throwing', (_, html, problem) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    setBody(html);
    const element = document.querySelector('.sk-dialog') as Element;
    expect(dialog.enhance(element)).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(problem), element);
    if (element instanceof HTMLDialogElement) {
      // Not enhanced: closing does not move focus to the opener.
      const opener = document.querySelector('button') as HTMLButtonElement;
      opener.focus();
      element.showModal();
      const last = [...element.querySelectorAll('button')].at(-1) as HTMLButtonElement;
      last.focus();
      element.close();
      expect(document.activeElement).not.toBe(opener);
    }
  });

  it('has its texts in German and English', () => {
    expect(dialogTexts.de.close).toBe('Schließen');
    expect(dialogTexts.en.close).toBe('Close');
  });

  it('the shared spec runs on exactly the markup the docs (Dialog.mdx) show', () => {
    const mdx = readFileSync(
      new NodeURL('../../react/src/Dialog/Dialog.mdx', import.meta.url),
      'utf8',
    );
    expect(mdx).toContain(`\`\`\`html\n${String(html)}\n\`\`\``);
  });
});
