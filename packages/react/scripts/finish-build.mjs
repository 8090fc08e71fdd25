// Runs after tsup.
// 1. ESM consumers read index.d.ts, CJS consumers index.d.cts: copyDeclarations of @stadtkern/tsup-config,
//    as in every library of this repository.
// 2. Only here: the ESM build keeps one file per module, and each file imports `jsx`, `forwardRef`, … from React on
//    its own. esbuild (and so size-limit, Storybook's and many apps' bundlers) keeps every one of those
//    import statements when it bundles the modules together. So the server-safe React bindings every
//    component uses are re-exported once from `internal/react.js`, and the modules import them from
//    there. Client-only hooks (useState, useEffect, …) stay imported from "react" in the `'use client'`
//    modules that use them, so server components never import them.
//    Why a rewrite and not source: the `jsx`/`jsxs` imports are written by the JSX transform, which can
//    only point at `<package>/jsx-runtime`, not at a module of this package. The rewrite is proven by
//    scripts/finish-build.test.mjs: unit cases, the SHARED names against React's server build, and every
//    built module loaded under the `react-server` condition.
import { DEVELOPMENT_DIR, copyDeclarations } from '@stadtkern/tsup-config';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bindings shared through internal/react.js. Each must be exported by React's `react-server` build. */
export const SHARED = {
  'react/jsx-runtime': ['Fragment', 'jsx', 'jsxs'],
  react: ['Children', 'cloneElement', 'forwardRef', 'isValidElement', 'useId'],
};

/** Source of internal/react.js. */
export function sharedModule() {
  return Object.entries(SHARED)
    .map(([source, names]) => `export { ${names.join(', ')} } from "${source}";\n`)
    .join('');
}

const IMPORT = /^import \{([^}]*)\} from "(react|react\/jsx-runtime)";\n/gm;

/**
 * Moves the SHARED bindings of one built module's React imports to one import from `target` (the
 * relative path of internal/react.js), at the place of the first React import. Other bindings stay
 * imported from React. Returns the code unchanged when it imports no shared binding.
 */
export function shareReactBindings(code, target) {
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
  if (shared.length === 0) return code;
  const statement = `import { ${shared.join(', ')} } from "${target}";\n`;
  return rest.slice(0, first) + statement + rest.slice(first);
}

async function main() {
  await copyDeclarations(fileURLToPath(new URL('..', import.meta.url)));
  // Both builds (dist/ for production, dist/development/) get their own internal/react.js.
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  for (const root of [dist, join(dist, DEVELOPMENT_DIR)]) {
    const sharedFile = join(root, 'internal', 'react.js');
    await writeFile(sharedFile, sharedModule());
    const files = (await readdir(root, { recursive: true })).filter(
      (file) =>
        file.endsWith('.js') &&
        join(root, file) !== sharedFile &&
        (root !== dist || !file.startsWith(`${DEVELOPMENT_DIR}${sep}`)),
    );
    for (const file of files) {
      const path = join(root, file);
      let target = relative(dirname(path), sharedFile).split(sep).join('/');
      if (!target.startsWith('.')) target = `./${target}`;
      const code = await readFile(path, 'utf8');
      const rewritten = shareReactBindings(code, target);
      if (rewritten !== code) await writeFile(path, rewritten);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
