import type { ReactNode } from 'react';

/**
 * A wide table on a narrow screen scrolls inside this region instead of making the page scroll sideways
 * (WCAG 1.4.10); named and focusable, so that keyboard users can scroll it too (WCAG 2.1.1).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      // A scrollable region must take keyboard focus (WCAG 2.1.1), as the Table component's does.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      style={{ overflowX: 'auto', maxInlineSize: '100%' }}
    >
      {children}
    </div>
  );
}
