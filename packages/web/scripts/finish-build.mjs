// Runs after tsup: ESM consumers read <entry>.d.ts, CJS consumers <entry>.d.cts (same bundled
// declarations). The prebuilt dist/stadtkern-web.js exports nothing; its declaration says so.
import { copyFile, writeFile } from 'node:fs/promises';

for (const entry of process.argv.slice(2)) {
  await copyFile(
    new URL(`../dist/${entry}.d.cts`, import.meta.url),
    new URL(`../dist/${entry}.d.ts`, import.meta.url),
  );
}
await writeFile(
  new URL('../dist/stadtkern-web.d.ts', import.meta.url),
  '// Starts every @stadtkern/web behaviour on the document; exports nothing.\nexport {};\n',
);
