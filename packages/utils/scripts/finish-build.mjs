// Runs after tsup: ESM consumers read the .d.ts files, CJS consumers the .d.cts (same bundled declarations).
import { copyFile } from 'node:fs/promises';

for (const entry of ['index', 'react']) {
  await copyFile(
    new URL(`../dist/${entry}.d.cts`, import.meta.url),
    new URL(`../dist/${entry}.d.ts`, import.meta.url),
  );
}
