import { elementForFragment, focusElement, warn } from './core.js';
import type { Behaviour } from './core.js';

/**
 * Focuses the field a summary link points to and scrolls its legend (in a fieldset) or label into view,
 * so the question is seen with the field. A target that is not focusable by itself (a group's wrapper)
 * is focused too, without becoming a Tab stop.
 */
function goToField(event: MouseEvent, summary: Element): void {
  if (!(event.target instanceof Element)) return;
  const link = event.target.closest('a.sk-error-summary__link');
  if (!(link instanceof HTMLAnchorElement) || !summary.contains(link)) return;
  const doc = link.ownerDocument;
  const field = elementForFragment(doc, link.hash);
  if (!(field instanceof HTMLElement)) return;
  event.preventDefault();
  const legend = field.closest('fieldset')?.querySelector('legend');
  const label = doc.querySelector(`label[for="${CSS.escape(field.id)}"]`);
  (legend ?? label ?? field).scrollIntoView({ block: 'start' });
  focusElement(field, { preventScroll: true });
}

/** Key on the document: whether a form was submitted since the last input (shared by copies of this package). */
const SUBMITTED = Symbol.for('@stadtkern/web:submitted');

/** Notes a `submit` (true) or an `input` (false) on the document it is listened to on. */
function track(event: Event): void {
  (event.currentTarget as unknown as Record<symbol, boolean>)[SUBMITTED] = event.type === 'submit';
}

/**
 * `.sk-error-summary`: takes focus when it appears (unless it has `data-sk-autofocus="false"`), and again
 * when its content changes after a form was submitted and before anything was typed — a single-page app
 * (React, Vue) that renders other errors after a second failed submit, where no page load moves focus.
 * A change while the user types (errors checked on input) leaves focus in the field (WCAG 3.2.2). A click
 * on one of its `.sk-error-summary__link`s focuses the field and scrolls its label or legend into view.
 */
export const errorSummary: Behaviour = {
  name: 'error-summary',
  selector: '.sk-error-summary',
  enhance(summary) {
    if (!(summary instanceof HTMLElement)) return false;
    if (!summary.querySelector('a.sk-error-summary__link'))
      return (
        process.env.NODE_ENV !== 'production' &&
        warn('error-summary', summary, 'the summary has no a.sk-error-summary__link')
      );
    const doc = summary.ownerDocument as Document & Record<symbol, boolean>;
    summary.addEventListener('click', (event) => {
      goToField(event, summary);
    });
    // The same function each time, so the document gets each listener once (per copy of the package).
    doc.addEventListener('submit', track, true);
    doc.addEventListener('input', track, true);
    const takeFocus = (): void => {
      doc[SUBMITTED] = false;
      // Without a tabindex of its own (the React component renders tabindex="-1"), the summary is
      // focusable only while it has focus, so it never becomes a Tab stop.
      if (summary.getAttribute('data-sk-autofocus') !== 'false') focusElement(summary);
    };
    takeFocus();
    // A framework's re-render changes the list in place: items added or removed (keyed lists), texts.
    new MutationObserver(() => {
      if (doc[SUBMITTED]) takeFocus();
    }).observe(summary, { childList: true, subtree: true, characterData: true });
    return true;
  },
};
