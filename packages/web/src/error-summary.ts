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
      return (
        process.env.NODE_ENV !== 'production' &&
        warn('error-summary', summary, 'the summary has no a.sk-error-summary__link')
      );
    summary.addEventListener('click', (event) => {
      goToField(event, summary);
    });
    // Without a tabindex of its own (the React component renders tabindex="-1"), the summary is
    // focusable only while it has focus, so it never becomes a Tab stop.
    if (summary.getAttribute('data-sk-autofocus') !== 'false') focusElement(summary);
    return true;
  },
};
