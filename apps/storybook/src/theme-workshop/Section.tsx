import type { ReactNode } from 'react';
import { Heading } from '@stadtkern/react';

/** A part of the page under its own heading. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section style={{ marginBlockStart: 'var(--sk-metric-space-x-large)' }}>
      <Heading level={2}>{title}</Heading>
      {children}
    </section>
  );
}
