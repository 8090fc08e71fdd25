import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LAYER_ORDER, compile } from '../scripts/build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('built CSS', () => {
  it('ships one file per component and a bundle that contains all of them', async () => {
    const sources = (await readdir(join(root, 'src/components'))).sort();
    const built = (await readdir(join(root, 'dist/components'))).sort();
    expect(built).toEqual(sources);
    const bundle = await readFile(join(root, 'dist/index.css'), 'utf8');
    for (const file of sources) expect(bundle).toContain(`.sk-${file.replace(/\.css$/, '')}{`);
    expect(bundle.startsWith(LAYER_ORDER)).toBe(true);
  });

  it('starts every file with the full layer order so any load order cascades the same', async () => {
    for (const file of await readdir(join(root, 'dist/components'))) {
      const css = await readFile(join(root, 'dist/components', file), 'utf8');
      expect(css.startsWith(LAYER_ORDER), file).toBe(true);
    }
  });

  it('fails the build on invalid CSS instead of shipping it', () => {
    expect(() => compile('broken.css', '.sk-x:hoverr { color: red }')).toThrow(
      /broken\.css: 'hoverr'/,
    );
    expect(() => compile('broken.css', '.sk-x { color: red }}')).toThrow();
    expect(() => compile('broken.css', '@layer sk.components { .sk-x > > .y {} }')).toThrow();
  });
});
