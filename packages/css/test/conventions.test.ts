// Checks the written CSS conventions on every component file, so that a new component
// cannot silently break them. Reads the sources; the tokens package must be built first.
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const componentDir = join(root, 'src/components');
const require = createRequire(import.meta.url);
const { tokenNames } = require('@stadtkern/tokens') as { tokenNames: string[] };
const publicTokens = new Set(tokenNames);

const files = (await readdir(componentDir)).filter((f) => f.endsWith('.css')).sort();
const sources = new Map(
  await Promise.all(
    files.map(async (f) => [f, await readFile(join(componentDir, f), 'utf8')] as const),
  ),
);
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

const PHYSICAL =
  /(?:^|[\s;{])((?:margin|padding|border)-(?:left|right|top|bottom)(?:-[a-z]+)?|(?:left|right|top|bottom|width|height|min-width|max-width|min-height|max-height)\s*:|text-align:\s*(?:left|right)|float:\s*(?:left|right))/m;

describe.each(files)('%s', (file) => {
  const name = file.replace(/\.css$/, '');
  const css = withoutComments(sources.get(file) ?? '');
  const rootClass = `sk-${name}`;

  it('puts every rule in the sk.components layer', () => {
    expect(css).toMatch(/^@layer sk\.theme, sk\.base, sk\.components, sk\.utilities;/m);
    const outside = css
      .replace(/^@layer [^;{]+;/gm, '')
      .replace(/@layer sk\.components\s*\{[\s\S]*\}\s*$/m, '')
      .trim();
    expect(outside).toBe('');
  });

  it(`uses BEM classes under the single root class .${rootClass}`, () => {
    const selectors = [...css.matchAll(/([^{};]+)\{/g)]
      .map((m) => (m[1] ?? '').trim())
      .filter((s) => !s.startsWith('@') && !/^(?:from|to|\d+%)$/.test(s));
    const classes = new Set(
      selectors.flatMap((s) => [...s.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1])),
    );
    expect(classes.has(rootClass)).toBe(true);
    for (const cls of classes) {
      expect(
        cls,
        `class .${cls} must be .${rootClass}, .${rootClass}__element or .${rootClass}--modifier`,
      ).toMatch(new RegExp(`^${rootClass}(?:__[a-z0-9-]+)?(?:--[a-z0-9-]+)?$`));
    }
  });

  it('uses only public semantic tokens or its own custom properties', () => {
    const declared = new Set([...css.matchAll(/(--sk-[\w-]+)\s*:/g)].map((m) => m[1]));
    for (const prop of declared) {
      expect(prop, 'component custom properties are prefixed with the component name').toMatch(
        new RegExp(`^--${rootClass}-`),
      );
    }
    const used = [...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1] ?? '');
    for (const prop of used) {
      expect(prop.startsWith('--sk-brand'), `${prop}: components never use brand tokens`).toBe(
        false,
      );
      expect(
        publicTokens.has(prop) || declared.has(prop),
        `${prop} is neither a public token nor declared in ${file}`,
      ).toBe(true);
    }
  });

  it('declares its custom properties on the root class', () => {
    const rootBlock = new RegExp(`\\.${rootClass}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
    const declared = [...css.matchAll(/(--sk-[\w-]+)\s*:/g)].map((m) => m[1] ?? '');
    for (const prop of declared)
      expect(rootBlock, `${prop} must have a default on .${rootClass}`).toContain(`${prop}:`);
  });

  it('uses logical properties, not physical ones', () => {
    const match = PHYSICAL.exec(
      css.replace(/@media[^{]*\{/g, '').replace(/@keyframes[\s\S]*?\}\s*\}/g, ''),
    );
    expect(
      match?.[1],
      'use inline/block logical properties (e.g. margin-inline-start, inline-size)',
    ).toBeUndefined();
  });

  it('has no !important', () => {
    expect(css).not.toContain('!important');
  });

  it('handles forced colours and reduced motion where it needs to', () => {
    if (/:focus-visible|:hover|\[aria-/.test(css))
      expect(css).toContain('@media (forced-colors: active)');
    if (/\b(transition|animation)\s*:/.test(css))
      expect(css).toContain('@media (prefers-reduced-motion: reduce)');
    if (css.includes(':focus-visible'))
      expect(css).toMatch(/:focus-visible\s*\{[^}]*var\(--sk-color-focus-ring\)/);
  });
});
