// @vitest-environment node
// Proves the rewrite of scripts/finish-build.mjs: it must never import a client-only hook into a server
// module, nor import a binding that does not exist. Runs after the build (turbo: test depends on build).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHARED, shareReactBindings, sharedModule } from './finish-build.mjs';
import { DEVELOPMENT_DIR } from '@stadtkern/tsup-config';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

/** Loads modules in a fresh Node process; returns the error messages of those that fail to load. */
function loadErrors(files, conditions = []) {
  const script = `
    const failures = [];
    for (const file of JSON.parse(process.argv[1])) {
      try { await import(file); } catch (error) { failures.push(file + ': ' + error.message.split('\\n')[0]); }
    }
    console.log(JSON.stringify(failures));`;
  const output = execFileSync(
    process.execPath,
    [
      ...conditions.map((c) => `--conditions=${c}`),
      '--input-type=module',
      '-e',
      script,
      JSON.stringify(files),
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  return JSON.parse(output);
}

describe('shareReactBindings', () => {
  it('moves shared bindings to internal/react.js and keeps client-only hooks imported from react', () => {
    const code = [
      '"use client";',
      'import { jsx, jsxs } from "react/jsx-runtime";',
      'import { forwardRef, useId, useState } from "react";',
      'import { cx } from "../internal/cx.js";',
      '',
    ].join('\n');
    expect(shareReactBindings(code, '../internal/react.js')).toBe(
      [
        '"use client";',
        'import { jsx, jsxs, forwardRef, useId } from "../internal/react.js";',
        'import { useState } from "react";',
        'import { cx } from "../internal/cx.js";',
        '',
      ].join('\n'),
    );
  });

  it('keeps aliases', () => {
    const code = 'import { forwardRef as ref } from "react";\nref();\n';
    expect(shareReactBindings(code, './react.js')).toBe(
      'import { forwardRef as ref } from "./react.js";\nref();\n',
    );
  });

  it('leaves modules without shared React bindings unchanged', () => {
    const code = 'import { useCallback } from "react";\nexport const x = 1;\n';
    expect(shareReactBindings(code, './react.js')).toBe(code);
    expect(shareReactBindings('export const y = 2;\n', './react.js')).toBe('export const y = 2;\n');
  });

  it('writes a shared module that re-exports exactly the SHARED names', () => {
    expect(sharedModule()).toBe(
      'export { Fragment, jsx, jsxs } from "react/jsx-runtime";\n' +
        'export { Children, cloneElement, forwardRef, isValidElement, useId } from "react";\n',
    );
  });
});

describe('the SHARED bindings', () => {
  it("are all exported by React's server build (safe in server components)", () => {
    const script = `
      const react = await import('react');
      const jsx = await import('react/jsx-runtime');
      console.log(JSON.stringify({ react: Object.keys(react), 'react/jsx-runtime': Object.keys(jsx) }));`;
    const exported = JSON.parse(
      execFileSync(
        process.execPath,
        ['--conditions=react-server', '--input-type=module', '-e', script],
        { cwd: root, encoding: 'utf8' },
      ),
    );
    expect(exported.react).not.toContain('useState'); // really the server build
    for (const [source, names] of Object.entries(SHARED)) {
      expect(exported[source]).toEqual(expect.arrayContaining(names));
    }
  });
});

describe.runIf(existsSync(join(dist, 'internal', 'react.js')))('the built ESM modules', () => {
  // Both builds: dist/ (production) and dist/development/.
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.js'),
  );
  const modules = files.map((file) => join(dist, file));
  const isClient = (file) => readFileSync(file, 'utf8').startsWith('"use client";');
  // Each build's index.js re-exports the 'use client' modules; RSC bundlers turn those into client
  // references.
  const entries = new Set(
    ['index.js', join(DEVELOPMENT_DIR, 'index.js')].map((f) => join(dist, f)),
  );
  const server = modules.filter((file) => !isClient(file) && !entries.has(file));

  it('include server and client modules', () => {
    expect(server.length).toBeGreaterThan(20);
    expect(modules.filter(isClient).length).toBeGreaterThan(0);
  });

  it('load in Node with every imported binding present', () => {
    expect(loadErrors(modules)).toEqual([]);
  });

  it('load under the react-server condition when they are server modules (no client-only hook)', () => {
    expect(loadErrors(server, ['react-server'])).toEqual([]);
  });
});

it('the react-server load fails for a module that imports a client-only hook (the check can fail)', () => {
  const dir = join(root, 'node_modules', '.cache', 'finish-build-test');
  mkdirSync(dir, { recursive: true });
  const probe = join(dir, 'server-module-with-hook.js');
  writeFileSync(probe, 'import { useState } from "react";\nexport { useState };\n');
  expect(loadErrors([probe])).toEqual([]);
  expect(loadErrors([probe], ['react-server'])).toEqual([expect.stringContaining('useState')]);
});
