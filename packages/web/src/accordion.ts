import { followFragment, localeOf, warn } from './core.js';
import type { Behaviour } from './core.js';

/** The texts of the „Alle öffnen“ button, once for plain HTML and `Accordion` in `@stadtkern/react`. */
export const accordionTexts = {
  de: { openAll: 'Alle öffnen', closeAll: 'Alle schließen' },
  en: { openAll: 'Open all', closeAll: 'Close all' },
} as const;

const SECTIONS = ':scope > details.sk-accordion__section';

/** The accordion's own sections (its `details.sk-accordion__section` children), read on every use. */
function sectionsOf(accordion: Element): HTMLDetailsElement[] {
  return [...accordion.querySelectorAll<HTMLDetailsElement>(SECTIONS)];
}

/**
 * `.sk-accordion`: sections are native `<details class="sk-accordion__section">` (children of the root),
 * which open and close without a script and keep the heading inside their `<summary>`. The behaviour adds
 * what needs one: it shows the `button.sk-accordion__toggle-all` (rendered `hidden`), whose text says
 * „Alle öffnen“ while any section is closed and „Alle schließen“ when all are open (`aria-expanded` says
 * the same, as GOV.UK's „Show all sections“), kept in step with every native `toggle`; and it opens the
 * section that is or holds the URL fragment's target — on enhance and on every `hashchange` — and scrolls
 * it into view. Sections are read when needed, so sections added or removed later (Vue, React) count.
 */
export const accordion: Behaviour = {
  name: 'accordion',
  selector: '.sk-accordion',
  enhance(root) {
    const sections = sectionsOf(root);
    if (!sections.length)
      return (
        process.env.NODE_ENV !== 'production' &&
        warn('accordion', root, 'no details.sk-accordion__section child')
      );
    if (sections.some((section) => !section.querySelector(':scope > summary')))
      return (
        process.env.NODE_ENV !== 'production' &&
        warn('accordion', root, 'a section has no <summary>')
      );
    const toggle = root.querySelector<HTMLButtonElement>(
      ':scope > button.sk-accordion__toggle-all',
    );
    if (!toggle)
      return (
        process.env.NODE_ENV !== 'production' &&
        warn('accordion', root, 'no button.sk-accordion__toggle-all child')
      );
    const allOpen = (): boolean => sectionsOf(root).every((section) => section.open);
    const update = (): void => {
      const open = allOpen();
      const texts = accordionTexts[localeOf(root)];
      toggle.textContent = open ? texts.closeAll : texts.openAll;
      toggle.setAttribute('aria-expanded', String(open));
    };
    toggle.type = 'button';
    toggle.addEventListener('click', () => {
      const open = !allOpen();
      for (const section of sectionsOf(root)) section.open = open;
      update();
    });
    // `toggle` does not bubble, but it passes the root in the capture phase — for every section,
    // also one added later. It fires after each change of `open`, by the user or by a script.
    root.addEventListener('toggle', update, true);
    update();
    toggle.hidden = false;
    followFragment(root, (target) => {
      const section = sectionsOf(root).find((candidate) => candidate.contains(target));
      if (!section) return;
      section.open = true;
      update();
      section.scrollIntoView({ block: 'start' });
    });
    return true;
  },
};
