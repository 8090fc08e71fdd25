'use client';
import { accordion, accordionTexts } from '@stadtkern/web/accordion';
import { useCallback, useRef } from 'react';
import { useBehaviour } from '../internal/useBehaviour.js';
import { textsFor } from '../locale/messages.js';
import type { Locale } from '../locale/messages.js';

/**
 * The „Alle öffnen“ button of an Accordion, rendered `hidden` — and the only client part of the
 * accordion: after mount it gives its `.sk-accordion` the behaviour of `@stadtkern/web`, which shows
 * the button, keeps its text and `aria-expanded` in step with the sections and opens the section a URL
 * fragment points to. The sections themselves stay server-rendered.
 */
export function AccordionToggleAll({ locale }: { locale: Locale | undefined }) {
  const root = useRef<Element | null>(null);
  const attach = useCallback((button: HTMLButtonElement | null) => {
    root.current = button?.closest('.sk-accordion') ?? null;
  }, []);
  useBehaviour(root, accordion);
  return (
    <button ref={attach} type="button" className="sk-accordion__toggle-all" hidden>
      {textsFor<Record<'openAll' | 'closeAll', string>>(accordionTexts, locale).openAll}
    </button>
  );
}
