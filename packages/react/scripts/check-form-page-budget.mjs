#!/usr/bin/env node
// Budget: the form page (Button, FormField + TextInput, Alert, Checkbox, Link) built with Stadtkern
// against the same page written as plain React elements with the same markup: FormPage of
// fixtures/pages/stadtkern.jsx and plain.jsx, the pages `pnpm bench` measures too, with @stadtkern/react
// taken from this package's build. Both are bundled the same way: esbuild, minified, production, React
// external, gzip level 9.
//
// TARGET is the goal of the "Publish-ready packages" issue: 1.0 KB above plain React. LIMIT is the
// interim ceiling that guards against growth; lower it as the components shrink, down to TARGET. The
// current figures and the peers' are in docs/performance.md (`pnpm bench`).
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const TARGET = 1024;
const LIMIT = 1350;
const root = fileURLToPath(new URL('..', import.meta.url));
const pages = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

async function gzipSize(page) {
  const result = await build({
    stdin: {
      contents: [
        "import { createRoot } from 'react-dom/client';",
        `import { FormPage } from './${page}.jsx';`,
        "createRoot(document.getElementById('root')).render(<FormPage />);",
      ].join('\n'),
      loader: 'jsx',
      resolveDir: pages,
    },
    absWorkingDir: root,
    alias: { '@stadtkern/react': `${root}dist/index.js` },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

const stadtkern = await gzipSize('stadtkern');
const plain = await gzipSize('plain');
const above = stadtkern - plain;
const line = `form page: ${stadtkern} B with Stadtkern, ${plain} B in plain React, ${above} B above (allowed: ${LIMIT} B; target: ${TARGET} B)`;
if (above > LIMIT) {
  console.error(`Budget exceeded — ${line}`);
  process.exit(1);
}
console.log(`Budget met — ${line}`);
