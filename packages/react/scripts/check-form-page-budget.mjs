#!/usr/bin/env node
// Budget: the form page (Button, FormField + TextInput, Alert, Checkbox, Link) built with Stadtkern
// against the same page written as plain React elements with the same markup. The pages are the ones
// `pnpm bench` compares (bench/peers/pages/stadtkern.jsx and plain.jsx), with @stadtkern/react taken
// from this package's build. Both are bundled the same way: esbuild, minified, production, React
// external, gzip level 9.
//
// The target is 1.0 KB above plain React (issue "Publish-ready packages"). It is not met: measured
// 1,565 B on 2026-11-27 (from 1,884 B before React's bindings were shared by all modules,
// displayName became development-only and the URL check became one regular expression). KERN's
// React kit measures about 1.3 KB on the same page in `pnpm bench` (docs/performance.md). What
// remains is the components' own behaviour: German and English texts, unsafe-URL filtering, id
// wiring, loading and disabled states. This check guards against growth at the interim limit below;
// lower it as the components shrink, to 1024 at the target.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const TARGET = 1024;
const LIMIT = 1650;
const root = fileURLToPath(new URL('..', import.meta.url));
const pages = fileURLToPath(new URL('../../../bench/peers/pages/', import.meta.url));

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
