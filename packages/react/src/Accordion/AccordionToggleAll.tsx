'use client';
import { accordion, accordionTexts } from '@stadtkern/web/accordion';
import { enhance } from '@stadtkern/web/core';
import { textsFor } from '../locale/messages.js';
import type { Locale } from '../locale/messages.js';

/** Gives the button's `.sk-accordion` the behaviour once the button is in the document. */
function attach(button: HTMLButtonElement | null): void {
  const root = button?.closest('.sk-accordion');
  if (root) enhance(root, accordion);
}

/**
 * The „Alle öffnen“ button of an Accordion, rendered `hidden` — and the only client part of the
 * accordion: once mounted it gives its `.sk-accordion` the behaviour of `@stadtkern/web`, which shows
 * the button, keeps its text and `aria-expanded` in step with the sections and opens the section a URL
 * fragment points to. The sections themselves stay server-rendered. Without hooks (a ref callback does
 * the work, as in NotificationBanner's FocusOnMount), so the module also loads on the server.
 */
export function AccordionToggleAll({ locale }: { locale: Locale | undefined }) {
  return (
    <button ref={attach} type="button" className="sk-accordion__toggle-all" hidden>
      {textsFor<Record<'openAll' | 'closeAll', string>>(accordionTexts, locale).openAll}
    </button>
  );
}
