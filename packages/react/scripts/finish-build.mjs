// Runs after tsup.
// 1. ESM consumers read index.d.ts, CJS consumers index.d.cts (same bundled declarations).
// 2. The ESM build keeps one file per module, and each file imports `jsx`, `forwardRef`, … from React on
//    its own. esbuild (and so size-limit, Storybook's and many apps' bundlers) keeps every one of those
//    import statements when it bundles the modules together: about 170 B gzip on a form page. So the
//    server-safe React bindings every component uses are re-exported once from `internal/react.js`, and
//    the modules import them from there. Client-only hooks (useState, useEffect, …) stay imported from
//    "react" in the `'use client'` modules that use them, so server components never import them.
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const SHARED_FILE = join(dist, 'internal', 'react.js');
// Every name here is exported by React's `react-server` build too (safe in server components).
const SHARED = {
  'react/jsx-runtime': ['Fragment', 'jsx', 'jsxs'],
  react: ['Children', 'cloneElement', 'forwardRef', 'isValidElement', 'useId'],
};

for (const entry of process.argv.slice(2)) {
  await copyFile(join(dist, `${entry}.d.cts`), join(dist, `${entry}.d.ts`));
}

await writeFile(
  SHARED_FILE,
  Object.entries(SHARED)
    .map(([source, names]) => `export { ${names.join(', ')} } from "${source}";\n`)
    .join(''),
);

const IMPORT = /^import \{([^}]*)\} from "(react|react\/jsx-runtime)";\n/gm;
const files = (await readdir(dist, { recursive: true })).filter(
  (file) => file.endsWith('.js') && join(dist, file) !== SHARED_FILE,
);
for (const file of files) {
  const path = join(dist, file);
  const code = await readFile(path, 'utf8');
  const shared = [];
  let first = -1;
  const rest = code.replace(IMPORT, (statement, list, source, offset) => {
    const kept = [];
    for (const specifier of list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const name = specifier.split(/\s+as\s+/)[0];
      (SHARED[source].includes(name) ? shared : kept).push(specifier);
    }
    if (shared.length > 0 && first === -1) first = offset;
    return kept.length > 0 ? `import { ${kept.join(', ')} } from "${source}";\n` : '';
  });
  if (shared.length === 0) continue;
  let target = relative(dirname(path), SHARED_FILE).split(sep).join('/');
  if (!target.startsWith('.')) target = `./${target}`;
  const statement = `import { ${shared.join(', ')} } from "${target}";\n`;
  await writeFile(path, rest.slice(0, first) + statement + rest.slice(first));
}
