// Runs after tsup: ESM consumers read <entry>.d.ts, CJS consumers <entry>.d.cts (same bundled
// declarations).
import { copyFile } from 'node:fs/promises';
import { entries } from './entries.mjs';

for (const entry of entries) {
  await copyFile(
    new URL(`../dist/${entry}.d.cts`, import.meta.url),
    new URL(`../dist/${entry}.d.ts`, import.meta.url),
  );
}
