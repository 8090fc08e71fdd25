import { localeOf, warn } from './core.js';
import type { Behaviour } from './core.js';

/** The texts of the „Alle öffnen“ button, once for plain HTML and `Accordion` in `@stadtkern/react`. */
export const accordionTexts = {
  de: { openAll: 'Alle öffnen', closeAll: 'Alle schließen' },
  en: { openAll: 'Open all', closeAll: 'Close all' },
} as const;

/** The section (`details.sk-accordion__section`) of `accordion` that holds the fragment target, if any. */
function sectionOf(accordion: Element, fragment: string): HTMLDetailsElement | undefined {
  if (fragment.length < 2) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(fragment.slice(1));
  } catch {
    return undefined; // a malformed fragment names no section
  }
  const target = accordion.ownerDocument.getElementById(id);
  if (!target || !accordion.contains(target)) return undefined;
  const section = target.closest('details.sk-accordion__section');
  return section instanceof HTMLDetailsElement && accordion.contains(section) ? section : undefined;
}

/**
 * `.sk-accordion`: sections are native `<details class="sk-accordion__section">`, which open and close
 * without a script and keep the heading inside their `<summary>`. The behaviour adds what needs one:
 * it shows the `button.sk-accordion__toggle-all` (rendered `hidden`), whose text says „Alle öffnen“ while
 * any section is closed and „Alle schließen“ when all are open (`aria-expanded` says the same), and it
 * opens the section that holds the URL fragment's target — on load and on every `hashchange`.
 */
export const accordion: Behaviour = {
  name: 'accordion',
  selector: '.sk-accordion',
  enhance(root) {
    const toggle = root.querySelector('button.sk-accordion__toggle-all');
    const sections = [...root.querySelectorAll('details.sk-accordion__section')].filter(
      (section): section is HTMLDetailsElement => section instanceof HTMLDetailsElement,
    );
    const problem =
      sections.length === 0
        ? 'no details.sk-accordion__section'
        : sections.some((section) => !section.querySelector(':scope > summary'))
          ? 'a section has no <summary>'
          : !(toggle instanceof HTMLButtonElement)
            ? 'no button.sk-accordion__toggle-all'
            : '';
    if (problem || !(toggle instanceof HTMLButtonElement)) {
      warn('accordion', root, problem);
      return false;
    }
    const texts = accordionTexts[localeOf(root)];
    const update = (): void => {
      const allOpen = sections.every((section) => section.open);
      toggle.textContent = allOpen ? texts.closeAll : texts.openAll;
      toggle.setAttribute('aria-expanded', String(allOpen));
    };
    toggle.type = 'button';
    toggle.addEventListener('click', () => {
      const open = !sections.every((section) => section.open);
      for (const section of sections) section.open = open;
      update();
    });
    // `toggle` does not bubble; listen on each section (the event fires after every change of `open`).
    for (const section of sections) section.addEventListener('toggle', update);
    const openFromFragment = (): void => {
      const view = root.ownerDocument.defaultView;
      const section = view && sectionOf(root, view.location.hash);
      if (!section) return;
      if (!section.open) section.open = true;
      update();
      section.scrollIntoView({ block: 'start' });
    };
    root.ownerDocument.defaultView?.addEventListener('hashchange', openFromFragment);
    update();
    toggle.hidden = false;
    openFromFragment();
    return true;
  },
};
