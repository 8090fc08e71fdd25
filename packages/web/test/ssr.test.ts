// @vitest-environment node
import { expect, it } from 'vitest';
import { entries } from '../scripts/entries.mjs';

it('importing every entry in Node without a DOM throws nothing and touches nothing', async () => {
  expect(typeof document).toBe('undefined');
  const before = Object.keys(globalThis).sort();
  const symbolsBefore = Object.getOwnPropertySymbols(globalThis).map(String);
  const index = await import('../src/index.js');
  // Every entry of package.json "exports" (scripts/entries.mjs), so a new behaviour is covered by itself.
  expect(entries).toContain('character-count');
  for (const entry of entries) await import(`../src/${entry}.ts`);
  expect(Object.keys(globalThis).sort()).toEqual(before);
  expect(Object.getOwnPropertySymbols(globalThis).map(String)).toEqual(symbolsBefore);
  // start() on the server does nothing either, and its stop function is safe to call.
  expect(() => {
    index.start()();
  }).not.toThrow();
});
