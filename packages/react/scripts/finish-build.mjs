// Runs after tsup: ESM consumers read index.d.ts, CJS consumers index.d.cts (same bundled declarations).
import { copyFile } from 'node:fs/promises';

await copyFile(
  new URL('../dist/index.d.cts', import.meta.url),
  new URL('../dist/index.d.ts', import.meta.url),
);
