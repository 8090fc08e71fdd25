import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile, layerOrder, readCustomMedia, readMixins } from '../scripts/build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('built CSS', () => {
  it('ships one file per component and a bundle that contains all of them', async () => {
    const sources = (await readdir(join(root, 'src/components')))
      .filter((f) => f.endsWith('.css'))
      .sort();
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
    for (const file of (await readdir(join(root, 'src/components'))).filter((f) =>
      f.endsWith('.css'),
    )) {
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

  it('resolves the named breakpoints in every file, at the width of the breakpoint token', async () => {
    const customMedia = readCustomMedia(
      'mixins.css',
      await readFile(join(root, 'src/mixins.css'), 'utf8'),
    );
    const rem = /@custom-media --sk-from-medium \(width>=([\d.]+)rem\);/.exec(customMedia)?.[1];
    const tokens = await readFile(
      fileURLToPath(import.meta.resolve('@stadtkern/tokens/css/default.css')),
      'utf8',
    );
    const px = /--sk-metric-breakpoint-medium: (\d+)px;/.exec(tokens)?.[1];
    expect(Number(rem) * 16).toBe(Number(px));
    for (const file of await readdir(join(root, 'dist/components'))) {
      const built = await readFile(join(root, 'dist/components', file), 'utf8');
      expect(built, file).not.toMatch(/@custom-media|@media[^{]*\(--/);
    }
    expect(() =>
      compile(
        'x.css',
        '@layer sk.components {\n@media (--sk-from-wide) { .sk-x { color: red } }\n}',
        new Map(),
        customMedia,
      ),
    ).toThrow('x.css: Custom media query --sk-from-wide is not defined (line 2)');
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
