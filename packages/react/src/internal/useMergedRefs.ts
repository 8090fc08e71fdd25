'use client';
import { useCallback } from 'react';
import type { Ref, RefCallback } from 'react';
import { setRef } from './refs.js';

/**
 * One callback ref that sets two refs, e.g. the ref a component forwards and the one it uses itself.
 * Stable while both refs are, so React does not detach and re-attach the element on every render.
 * A hook: only for `'use client'` components.
 */
export function useMergedRefs<T>(
  first: Ref<T> | undefined,
  second: Ref<T> | undefined,
): RefCallback<T> {
  return useCallback(
    (node: T | null) => {
      setRef(first, node);
      setRef(second, node);
    },
    [first, second],
  );
}
