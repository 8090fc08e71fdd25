'use client';
import { useCallback } from 'react';
import { announce } from '../a11y/announce.js';
import type { AnnounceOptions } from '../a11y/announce.js';
import { deprecated } from '../internal/deprecated.js';

/**
 * React hook around `announce`: returns a stable function that announces a message to screen
 * readers through the shared live region. Import from `@stadtkern/utils/react`.
 * @deprecated Render a live region (`<span className="sk-visually-hidden" aria-live="polite">`) and
 * put the message into it with state. `@stadtkern/utils/react` is removed in the next major release.
 */
export function useAnnounce(
  defaults: AnnounceOptions = {},
): (message: string, options?: AnnounceOptions) => void {
  deprecated('useAnnounce', 'a live region in your markup (aria-live="polite")');
  const politeness = defaults.politeness;
  return useCallback(
    (message: string, options?: AnnounceOptions) => {
      announce(message, { politeness: options?.politeness ?? politeness ?? 'polite' });
    },
    [politeness],
  );
}
