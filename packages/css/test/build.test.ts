import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile, layerOrder, readMixins } from '../scripts/build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('built CSS', () => {
  it('ships one file per component and a bundle that contains all of them', async () => {
    const sources = (await readdir(join(root, 'src/components'))).sort();
    const built = (await readdir(join(root, 'dist/components'))).sort();
    expect(built).toEqual(sources);
    const bundle = await readFile(join(root, 'dist/index.css'), 'utf8');
    for (const file of sources) expect(bundle).toContain(`.sk-${file.replace(/\.css$/, '')}{`);
    expect(bundle.startsWith(layerOrder)).toBe(true);
  });

  it('starts every file with the full layer order so any load order cascades the same', async () => {
    for (const file of await readdir(join(root, 'dist/components'))) {
      const css = await readFile(join(root, 'dist/components', file), 'utf8');
      expect(css.startsWith(layerOrder), file).toBe(true);
    }
  });

  it('fails the build on invalid CSS instead of shipping it', () => {
    expect(() => compile('broken.css', '.sk-x:hoverr { color: red }')).toThrow(
      /broken\.css: 'hoverr'/,
    );
    expect(() => compile('broken.css', '.sk-x { color: red }}')).toThrow();
    expect(() => compile('broken.css', '@layer sk.components { .sk-x > > .y {} }')).toThrow();
  });

  it('includes the shared recipes in each file, so a component file works on its own', async () => {
    const button = await readFile(join(root, 'dist/components/button.css'), 'utf8');
    expect(button).toMatch(/\.sk-button__loading-text\{[^}]*clip-path:inset\(50%\)[^}]*\}/);
    expect(button).toMatch(/\.sk-button__loading-text\{[^}]*padding:0[^}]*\}/);
    expect(button).toMatch(
      /\.sk-button:focus-visible\{[^}]*outline:var\(--sk-metric-focus-width\)/,
    );
    expect(button).not.toContain('@apply');
    for (const file of await readdir(join(root, 'src/components'))) {
      const source = await readFile(join(root, 'src/components', file), 'utf8');
      const built = await readFile(join(root, 'dist/components', file), 'utf8');
      if (source.includes('@apply visually-hidden'))
        expect(built, file).toContain('clip-path:inset(50%)');
      if (source.includes('@apply focus-ring'))
        expect(built, file).toContain('outline:var(--sk-metric-focus-width) solid');
      const flow = /@apply flow-([a-z]+);/.exec(source)?.[1];
      if (flow)
        expect(built, file).toContain(
          `:where(.sk-${file.replace(/\.css$/, '')}){margin-block:0 var(--sk-metric-flow-${flow})}`,
        );
    }
  });

  it('fails the build on an unknown recipe or a recipe defined outside src/mixins.css', () => {
    const mixins = readMixins('mixins.css', '@mixin focus-ring { outline: 1px solid; }');
    expect(() =>
      compile(
        'x.css',
        '@layer sk.components {\n.sk-x:focus-visible { @apply focus-rng; }\n}',
        mixins,
      ),
    ).toThrow('x.css: unknown recipe "@apply focus-rng" (line 2); known: focus-ring');
    expect(() => compile('x.css', '@mixin focus-ring { outline: 0; }', mixins)).toThrow(
      'x.css: @mixin belongs in src/mixins.css',
    );
  });
});
