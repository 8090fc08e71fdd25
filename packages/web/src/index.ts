import { accordion } from './accordion.js';
import { characterCount } from './character-count.js';
import { startWith } from './core.js';
import type { Behaviour } from './core.js';
import { dialog } from './dialog.js';
import { errorSummary } from './error-summary.js';
import { fileUpload } from './file-upload.js';
import { passwordInput } from './password-input.js';
import { tabs } from './tabs.js';

export type { Behaviour } from './core.js';
export { enhance, initAll, observe, startWith } from './core.js';
export { accordion, accordionTexts } from './accordion.js';
export { characterCount, characterCountTexts } from './character-count.js';
export { closeDialog, dialog, dialogTexts, initialFocus, openDialog } from './dialog.js';
export { errorSummary } from './error-summary.js';
export { fileUpload, fileUploadTexts, formatFileSize } from './file-upload.js';
export { passwordInput, passwordInputTexts } from './password-input.js';
export { TABS_SELECT_EVENT, tabs } from './tabs.js';

/** Every behaviour of this package. */
export const behaviours: readonly Behaviour[] = [
  accordion,
  errorSummary,
  characterCount,
  passwordInput,
  tabs,
  fileUpload,
  dialog,
];

/**
 * Enhances every Stadtkern component in `root` (default: the document) and keeps enhancing markup
 * inserted later. Returns a function that stops watching. Without a DOM it does nothing.
 */
export function start(root?: ParentNode): () => void {
  return startWith(behaviours, root);
}
