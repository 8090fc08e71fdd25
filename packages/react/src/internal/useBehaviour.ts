'use client';
import { enhance } from '@stadtkern/web/core';
import type { Behaviour } from '@stadtkern/web/core';
import { useEffect } from 'react';
import type { RefObject } from 'react';

/**
 * Gives the element behind `ref` the framework-free behaviour of `@stadtkern/web` once it is mounted —
 * the one implementation that plain HTML, Vue and React share. The server renders the complete
 * initial state; the behaviour only adds what needs a browser. Enhancing is idempotent, so Strict
 * Mode's second effect run changes nothing.
 */
export function useBehaviour(ref: RefObject<Element | null>, behaviour: Behaviour): void {
  useEffect(() => {
    if (ref.current) enhance(ref.current, behaviour);
  }, [ref, behaviour]);
}
