// The shared behaviour specs of the interactive components: keyboard and focus following the WAI-ARIA
// Authoring Practices, written once per component and run in Chromium against two targets —
//   • the plain-HTML page (this package's `test:browser`, and the packed tarball in tests/packages),
//     with JavaScript on (`withJavaScript`) and off (`withoutJavaScript`);
//   • the React story in the built Storybook (apps/storybook `test`), with JavaScript on.
// Every module exports:
//   name               the behaviour's name in @stadtkern/web
//   html               the component's plain HTML, exactly as its CSS docs show it
//   story              the id of the React story that renders the same content with the same texts
//   withJavaScript     async (tab) => void: the enhanced behaviour, found by role, name and text
//   withoutJavaScript  async (tab) => void: the server-rendered state alone: content reachable,
//                      nothing hidden for good, no control that only works with a script
// A spec starts from an element it finds (never from the document's first Tab stop), because the
// Storybook frame and the plain page differ around the component.

import * as accordion from './accordion.mjs';
import * as characterCount from './character-count.mjs';
import * as dialog from './dialog.mjs';
import * as errorSummary from './error-summary.mjs';
import * as fileUpload from './file-upload.mjs';
import * as passwordInput from './password-input.mjs';
import * as tabs from './tabs.mjs';

/** @typedef {{ name: string, html: string, story: string,
 *   withJavaScript: (tab: import('playwright').Page) => Promise<void>,
 *   withoutJavaScript: (tab: import('playwright').Page) => Promise<void> }} BehaviourSpec */

/** @type {BehaviourSpec[]} */
export const specs = [
  accordion,
  errorSummary,
  characterCount,
  passwordInput,
  tabs,
  fileUpload,
  dialog,
];
