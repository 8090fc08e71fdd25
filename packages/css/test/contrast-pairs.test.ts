// Issue #31: every colour pair a component draws is declared next to its CSS (src/components/<name>.pairs.json) and
// checked by the contrast gate of @stadtkern/tokens; the build fails otherwise, naming the component and the pair.
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contrastPairs } from '@stadtkern/tokens/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../scripts/build.mjs';
import { KIND_MINIMUM, backgrounds, readDeclaration } from '../scripts/contrast-pairs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'test/fixtures/contrast-pairs');
const scratch: string[] = [];

/** A copy of the package's sources with the given fixture components added; the build writes into it. */
async function copyWithFixtures(...names: string[]) {
  const dir = await mkdtemp(join(tmpdir(), 'sk-css-pairs-'));
  scratch.push(dir);
  await cp(join(root, 'src'), join(dir, 'src'), { recursive: true });
  for (const name of names)
    for (const file of (await readdir(fixtures)).filter((f) => f.startsWith(`${name}.`)))
      await cp(join(fixtures, file), join(dir, 'src/components', file));
  return dir;
}

afterEach(async () => {
  for (const dir of scratch.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('colour pairs of the components', () => {
  it('builds: every declared pair is gated with the minimum its kind needs', async () => {
    const { components } = await build({ root: await copyWithFixtures() });
    expect(components).toContain('button');
  });

  it('fails the build naming the component when one gated pair is removed from the gate', async () => {
    const gate = contrastPairs().filter(
      (p) =>
        !(p.fg === 'color.action.disabled.text' && p.bg === 'color.action.disabled.background'),
    );
    expect(gate).toHaveLength(contrastPairs().length - 1);
    await expect(build({ root: await copyWithFixtures(), gate })).rejects.toThrow(
      'button: the pair color.action.disabled.text on color.action.disabled.background (text, 4.5:1; the disabled button label (aria-disabled, stays readable)) in src/components/button.pairs.json is not checked by the contrast gate',
    );
  });

  it('fails the build when the gate checks a declared pair below the minimum of its kind', async () => {
    const gate = contrastPairs().map((p) =>
      p.fg === 'color.form.input.placeholder' ? { ...p, min: KIND_MINIMUM['non-text'] } : p,
    );
    await expect(build({ root: await copyWithFixtures(), gate })).rejects.toThrow(
      'text-input: the pair color.form.input.placeholder on color.form.input.background in src/components/text-input.pairs.json needs 4.5:1 (text) but the contrast gate checks it at 3:1',
    );
  });

  it('fails the build for a fixture component with an ungated colour pair, naming it and the pair', async () => {
    await expect(build({ root: await copyWithFixtures('ungated-pair') })).rejects.toThrow(
      'ungated-pair: the pair color.action.visited on color.feedback.warning.background (text, 4.5:1; a visited link inside a warning) in src/components/ungated-pair.pairs.json is not checked by the contrast gate',
    );
  });

  it('fails the build when the CSS draws a colour token that no declared pair names', async () => {
    await expect(build({ root: await copyWithFixtures('undeclared-token') })).rejects.toThrow(
      'undeclared-token: src/components/undeclared-token.css uses --sk-color-feedback-danger-border, which neither a pair nor a decorative entry in src/components/undeclared-token.pairs.json names',
    );
  });

  it('fails the build when a component that draws colour tokens has no pairs file', async () => {
    await expect(build({ root: await copyWithFixtures('no-pairs-file') })).rejects.toThrow(
      'no-pairs-file: src/components/no-pairs-file.css draws --sk-color-layout-text-default but src/components/no-pairs-file.pairs.json is missing',
    );
  });

  it('fails on a literal colour the gate cannot judge, and only on that one', async () => {
    const error = await build({ root: await copyWithFixtures('literal-colour') }).then(
      () => new Error('built'),
      (e: unknown) => e as Error,
    );
    const lines = error.message.split('\n').filter((line) => line.includes('literal-colour'));
    expect(lines).toEqual([
      expect.stringContaining(
        'literal-colour: box-shadow: rgb(0 0 0 / 0.2) in src/components/literal-colour.css',
      ),
    ]);
    expect(lines[0]).toContain('allowed literals: transparent, currentcolor');
  });

  it('declares kind, states and reason for every pair of every component', async () => {
    const files = (await readdir(join(root, 'src/components'))).filter((f) =>
      f.endsWith('.pairs.json'),
    );
    expect(files.length).toBeGreaterThanOrEqual(40);
    for (const file of files) {
      const name = file.replace(/\.pairs\.json$/, '');
      const declaration = await readDeclaration(join(root, 'src/components'), name);
      if (!declaration) throw new Error(`${file}: not read`);
      for (const pair of declaration.pairs)
        for (const bg of backgrounds(pair)) expect(`${pair.fg} on ${bg}`).toMatch(/^color\./);
      expect(declaration.pairs.length + declaration.decorative.length, file).toBeGreaterThan(0);
    }
  });
});
