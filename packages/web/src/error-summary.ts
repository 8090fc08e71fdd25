import { elementForFragment, warn } from './core.js';
import type { Behaviour } from './core.js';

/**
 * Focuses the field a summary link points to and scrolls its label or legend into view (the same as
 * `ErrorSummary` in `@stadtkern/react`). Links point to form controls, which are focusable by themselves.
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
  field.focus({ preventScroll: true });
}

/**
 * `.sk-error-summary`: takes focus when it appears (unless it has `data-sk-autofocus="false"`), and a
 * click on one of its `.sk-error-summary__link`s focuses the field and scrolls its label or legend into view.
 */
export const errorSummary: Behaviour = {
  name: 'error-summary',
  selector: '.sk-error-summary',
  enhance(summary) {
    if (!(summary instanceof HTMLElement)) return false;
    if (!summary.querySelector('a.sk-error-summary__link'))
      return warn('error-summary', summary, 'the summary has no a.sk-error-summary__link');
    summary.addEventListener('click', (event) => {
      goToField(event, summary);
    });
    // Focusable by script, not a Tab stop (as the React component renders it).
    if (!summary.hasAttribute('tabindex')) summary.tabIndex = -1;
    if (summary.getAttribute('data-sk-autofocus') !== 'false') summary.focus();
    return true;
  },
};
