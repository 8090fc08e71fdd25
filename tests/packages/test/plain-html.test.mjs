// Consumer proof for stacks without React: install only the packed @stadtkern/css and
// @stadtkern/tokens tarballs, put the example page (apps/html-example/index.html) next to them, and
// check that every stylesheet it links and every font the stylesheets load exists in the installed
// packages — no third-party host anywhere. (The same page is checked with axe in Chromium by
// apps/html-example in every theme and colour scheme.)
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { it } from 'node:test';
import { installConsumer, repoRoot, tarballDependencies } from '../lib/pack.mjs';

it('serves the example page from the packed CSS and tokens alone', () => {
  const dir = installConsumer('plain-html', tarballDependencies(['css', 'tokens']));
  assert.equal(existsSync(join(dir, 'node_modules/react')), false, 'no React needed');
  copyFileSync(join(repoRoot, 'apps/html-example/index.html'), join(dir, 'index.html'));

  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(stylesheets.length >= 3);
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    assert.ok(existsSync(file), `${file} exists`);
    const css = readFileSync(file, 'utf8');
    for (const [, raw] of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
      if (raw.startsWith('data:')) continue;
      assert.doesNotMatch(raw, /^(https?:)?\/\//, `no remote URL in ${file}`);
      visit(resolve(dirname(file), raw));
    }
  };
  for (const href of stylesheets) visit(resolve(dir, href));
  assert.ok(
    [...seen].some((f) => f.endsWith('.woff2')),
    'fonts are shipped and referenced',
  );
  assert.match(
    readFileSync(join(dir, 'node_modules/@stadtkern/css/dist/components/button.css'), 'utf8'),
    /^@layer sk\.theme, sk\.base, sk\.components, sk\.utilities;/,
  );
});
