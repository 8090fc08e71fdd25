'use client';
import { focusElement } from '@stadtkern/web/core';
import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { setRef } from '../internal/refs.js';

/** Elements that already took focus once; a re-render attaches the ref again but must not steal focus. */
const focused = new WeakSet<HTMLElement>();

/**
 * Focuses a message once when it mounts — as GOV.UK does for a banner rendered after a redirect — with
 * `focusElement` of `@stadtkern/web`: focusable by script (`tabindex="-1"`) only while it has focus, so
 * it is no Tab stop afterwards.
 */
function focusOnce(node: HTMLDivElement | null): void {
  if (!node || focused.has(node)) return;
  focused.add(node);
  focusElement(node);
}

/**
 * The root `<div>` of a NotificationBanner that focuses itself once on mount. The only client part of
 * the banner, and without hooks: a ref callback does the work, so the module also loads on the server.
 */
export const FocusOnMount = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(
  function FocusOnMount(props, ref) {
    return (
      <div
        ref={(node) => {
          setRef(ref, node);
          focusOnce(node);
        }}
        {...props}
      />
    );
  },
);
