#!/usr/bin/env node
// Builds @stadtkern/css: validates and minifies every component file with Lightning CSS,
// writes one file per component plus base.css and the index.css bundle, and checks that every colour pair a
// component draws is declared in its <name>.pairs.json and checked by the tokens' contrast gate
// (scripts/contrast-pairs.mjs). Shared recipes live once in
// src/mixins.css (`@mixin name { … }`); a rule includes one with `@apply name;` (ADR 0005). The named
// breakpoints live there too (`@custom-media --sk-from-medium (…);`, used as `@media (--sk-from-medium)`). The
// layer order is stated here only: every built file opens with it, the sources just wrap their rules in their
// own layer.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layerOrder } from '@stadtkern/tokens';
import { contrastPairs } from '@stadtkern/tokens/engine';
import { transform } from 'lightningcss';
import { checkComponentPairs } from './contrast-pairs.mjs';

// The `@layer …;` statement is a fact of @stadtkern/tokens (its theme files open with the same statement).
export { layerOrder };
// Chrome/Edge/Firefox/Safari versions that support cascade layers, :focus-visible and logical properties.
const targets = { chrome: 99 << 16, firefox: 97 << 16, safari: (15 << 16) | (4 << 8) };

const customAtRules = {
  mixin: { prelude: '<custom-ident>', body: 'style-block' },
  apply: { prelude: '<custom-ident>' },
};
// `@custom-media` (Media Queries 5): Lightning CSS replaces each use by the query and drops the definitions.
const drafts = { customMedia: true };

/**
 * A deep copy without null fields: Lightning CSS hands optional fields to visitors as null but only reads
 * them back when they are absent (e.g. `var()` without `from`).
 * @param {unknown} value @returns {any}
 */
function withoutNulls(value) {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

/**
 * Reads the recipes of a mixins file (`@mixin name { declarations and nested rules }`).
 * @param {string} filename @param {string} code
 * @returns {Map<string, unknown>}
 */
export function readMixins(filename, code) {
  /** @type {Map<string, unknown>} */
  const mixins = new Map();
  transform({
    filename,
    code: Buffer.from(code),
    errorRecovery: false,
    customAtRules,
    drafts,
    visitor: {
      Rule: {
        custom: {
          mixin(rule) {
            mixins.set(rule.prelude.value, rule.body.value);
            return [];
          },
          apply() {
            throw new Error(`${filename}: @apply is not allowed inside the mixins file`);
          },
        },
      },
    },
  });
  return mixins;
}

/**
 * Reads the named media queries of a mixins file (`@custom-media --name (query);`) as one line of CSS that
 * `compile` puts in front of a source file, so that Lightning CSS resolves `@media (--name)` there.
 * @param {string} filename @param {string} code
 */
export function readCustomMedia(filename, code) {
  /** @type {unknown[]} */
  const rules = [];
  transform({
    filename,
    code: Buffer.from(code),
    errorRecovery: false,
    customAtRules,
    drafts,
    visitor: {
      Rule: {
        'custom-media'(rule) {
          rules.push(rule);
          return [];
        },
        custom: { mixin: () => [] },
      },
    },
  });
  if (rules.length === 0) return '';
  // Printed by Lightning CSS itself from the parsed rules, on one line.
  return transform({
    filename,
    code: Buffer.from(''),
    minify: true,
    visitor: {
      StyleSheet(sheet) {
        sheet.rules.push(.../** @type {any[]} */ (rules));
        return sheet;
      },
    },
  }).code.toString();
}

/**
 * Compiles one source file: includes recipes for `@apply`, resolves the named media queries, checks, minifies and
 * opens it with the layer order.
 * @param {string} filename @param {string} code @param {Map<string, unknown>} [mixins]
 * @param {string} [customMedia] the `@custom-media` rules of `readCustomMedia`, on one line
 */
export function compile(filename, code, mixins = new Map(), customMedia = '') {
  /** @type {ReturnType<typeof transform>} */
  let first;
  try {
    first = transformSource(filename, customMedia + code, mixins);
  } catch (error) {
    // Lightning CSS's own errors (e.g. an unknown custom media query) name neither the file nor the line.
    const { message, loc } = /** @type {{ message: string, loc?: { line: number } }} */ (error);
    if (loc === undefined) throw error;
    throw new Error(`${filename}: ${message} (line ${String(loc.line)})`);
  }
  const { code: out, warnings } = first;
  if (warnings.length > 0) {
    throw new Error(
      `${filename}: ${warnings.map((w) => `${w.message} (line ${w.loc.line})`).join('; ')}`,
    );
  }
  // A second pass merges each included recipe into the rule that applied it.
  const merged = transform({
    filename,
    code: out,
    minify: true,
    targets,
    errorRecovery: false,
  }).code;
  // Every file opens with the full layer order, so that any load order of theme and component files yields the
  // same cascade. The sources do not state it (stylelint's stadtkern/layer-use); the index.css bundle joins
  // built files, whose statements Lightning CSS merges into one at the top: that one is replaced.
  return `${layerOrder}${merged.toString().replace(/^@layer [\w.,]+;/, '')}`;
}

/**
 * The first pass: recipes included, custom media resolved, minified for the targets.
 * @param {string} filename @param {string} code @param {Map<string, unknown>} mixins
 */
function transformSource(filename, code, mixins) {
  return transform({
    filename,
    code: Buffer.from(code),
    minify: true,
    targets,
    errorRecovery: false,
    customAtRules,
    drafts,
    visitor: {
      Rule: {
        custom: {
          mixin() {
            throw new Error(
              `${filename}: @mixin belongs in src/mixins.css, so that each recipe exists once`,
            );
          },
          apply(rule) {
            const name = rule.prelude.value;
            const recipe = mixins.get(name);
            if (recipe === undefined) {
              const known = [...mixins.keys()].join(', ') || 'none';
              throw new Error(
                `${filename}: unknown recipe "@apply ${name}" (line ${rule.loc.line + 1}); known: ${known}`,
              );
            }
            return withoutNulls(recipe);
          },
        },
      },
    },
  });
}

/**
 * @param {{ root: string, gate?: import('./contrast-pairs.mjs').GatePair[] }} options
 *   gate: the contrast gate's pairs (tests pass a changed list); by default `contrastPairs()` of the tokens engine
 */
export async function build({ root, gate = contrastPairs() }) {
  const src = join(root, 'src');
  const dist = join(root, 'dist');
  await rm(dist, { recursive: true, force: true });
  await mkdir(join(dist, 'components'), { recursive: true });
  const files = (await readdir(join(src, 'components'))).filter((f) => f.endsWith('.css')).sort();
  const shared = await readFile(join(src, 'mixins.css'), 'utf8');
  const mixins = readMixins('mixins.css', shared);
  const customMedia = readCustomMedia('mixins.css', shared);
  const base = compile(
    'base.css',
    await readFile(join(src, 'base.css'), 'utf8'),
    mixins,
    customMedia,
  );
  await writeFile(join(dist, 'base.css'), base);
  const bodies = [];
  /** @type {Map<string, string>} */
  const compiled = new Map();
  for (const file of files) {
    const source = await readFile(join(src, 'components', file), 'utf8');
    const css = compile(file, source, mixins, customMedia);
    await writeFile(join(dist, 'components', file), css);
    bodies.push(css);
    compiled.set(file.replace(/\.css$/, ''), css);
  }
  // Every colour pair a component draws is declared next to it and checked by the tokens' contrast gate.
  const { problems } = await checkComponentPairs({
    componentsDir: join(src, 'components'),
    compiled,
    gate,
  });
  if (problems.length > 0)
    throw new Error(`colour pairs not gated:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  // One layer-order statement, then base and every component; compiled again so duplicates merge.
  const bundle = compile('index.css', [base, ...bodies].join('\n'));
  await writeFile(join(dist, 'index.css'), bundle);
  return { components: files.map((f) => f.replace(/\.css$/, '')) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { components } = await build({ root: fileURLToPath(new URL('..', import.meta.url)) });
    console.log(`@stadtkern/css: built ${components.length} components.`);
  } catch (error) {
    console.error(
      `@stadtkern/css build failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}
