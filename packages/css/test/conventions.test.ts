// The conventions stylelint cannot express (see stylelint.config.mjs for the rest): a file that reacts to
// focus, hover or ARIA state handles forced colours, a file that moves honours reduced motion, and every
// focus style is the shared focus-ring recipe.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const componentDir = fileURLToPath(new URL('../src/components', import.meta.url));
const files = (await readdir(componentDir)).filter((f) => f.endsWith('.css')).sort();
const sources = new Map(
  await Promise.all(
    files.map(
      async (f) =>
        [
          f,
          (await readFile(join(componentDir, f), 'utf8')).replace(/\/\*[\s\S]*?\*\//g, ''),
        ] as const,
    ),
  ),
);

describe.each(files)('%s', (file) => {
  const css = sources.get(file) ?? '';

  it('handles forced colours when it styles focus rings, hover or ARIA state', () => {
    if (/:focus-visible|:hover|\[aria-/.test(css))
      expect(css).toContain('@media (forced-colors: active)');
  });

  it('handles reduced motion when it animates', () => {
    if (/\b(?:transition|animation)\s*:/.test(css))
      expect(css).toContain('@media (prefers-reduced-motion: reduce)');
  });

  it('draws every focus style with the shared focus-ring recipe', () => {
    for (const [, selector, body] of css.matchAll(
      /([^{}]*:focus(?:-visible)?\)?)\s*\{([^}]*)\}/g,
    )) {
      if ((selector ?? '').includes(':not(:focus')) continue;
      expect(body, `${(selector ?? '').trim()} must @apply focus-ring`).toContain(
        '@apply focus-ring;',
      );
    }
  });
});
