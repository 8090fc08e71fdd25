'use client';
import { useCallback } from 'react';
import { announce } from '../a11y/announce.js';
import type { AnnounceOptions } from '../a11y/announce.js';

/**
 * React hook around `announce`: returns a stable function that announces a message to screen
 * readers through the shared live region. Import from `@stadtkern/utils/react`.
 */
export function useAnnounce(
  defaults: AnnounceOptions = {},
): (message: string, options?: AnnounceOptions) => void {
  const politeness = defaults.politeness;
  return useCallback(
    (message: string, options?: AnnounceOptions) => {
      announce(message, { politeness: options?.politeness ?? politeness ?? 'polite' });
    },
    [politeness],
  );
}
