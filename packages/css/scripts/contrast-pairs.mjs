// Every colour pair a component draws is declared and gated (issue #31). Each component file
// src/components/<name>.css has a src/components/<name>.pairs.json next to it that lists the token pairs it puts on
// screen: foreground token, background token(s), kind (text 4.5:1, large-text 3:1, non-text 3:1 — WCAG 1.4.3 and
// 1.4.11), the states in which it is drawn and why. The token names are the dotted paths of the contrast gate
// (`color.action.default`, CSS `--sk-color-action-default`); one pair per foreground × background is checked, in
// every theme × scheme, by the gate of @stadtkern/tokens (`contrastPairs()` of @stadtkern/tokens/engine).
//
// `componentPairProblems` fails the CSS build
//   - when the compiled CSS of a component (its recipes included) uses a colour token that none of its declared
//     pairs names (the parser is Lightning CSS, as in the build), naming the component, the token and the file;
//   - when a declared pair is not among the gate's pairs, or the gate checks it with a lower minimum than its kind
//     needs, naming the component, the pair and the file;
//   - when a colour property holds a literal colour the gate cannot judge; the only literal values allowed are
//     those in UNJUDGED (each with its rule), and system colours inside `@media (forced-colors: active)`, where
//     the user's own palette replaces every token.
// The tokens build checks the gate's pairs for every theme, and the CSS build runs after it (turbo `^build`), so a
// theme change and a CSS change both pass through this check.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'lightningcss';

/** The WCAG minimum of each kind of pair. */
export const KIND_MINIMUM = /** @type {const} */ ({
  text: 4.5,
  'large-text': 3,
  'non-text': 3,
});

/**
 * The literal colour values the gate cannot judge, and the rule that makes each safe. Any other literal colour in
 * a colour property (outside forced colours) fails the build: use a token.
 */
export const UNJUDGED = /** @type {const} */ ({
  transparent:
    'nothing is drawn: the surface behind shows through, and the pairs against that surface are declared',
  currentcolor:
    "the element's own text colour, gated as a text pair (4.5:1) on the same background, which also meets the 3:1 of a border, icon or mark",
});

/** @typedef {keyof typeof KIND_MINIMUM} PairKind */
/**
 * @typedef {{ fg: string, bg: string | string[], kind: PairKind, states: string[], why: string }} DeclaredPair
 * @typedef {{ token: string, why: string }} DecorativeToken a colour token drawn in no gated pair, with the reason
 * @typedef {{ component: string, file: string, pairs: DeclaredPair[], decorative: DecorativeToken[] }} Declaration
 * @typedef {{ fg: string, bg: string, min: number }} GatePair
 * @typedef {{ tokens: Set<string>, literals: { value: string, property: string }[] }} ColourUse
 *   tokens: the CSS names of the colour tokens used; literals: literal colour values outside forced colours
 */

/** `color.action.on-default` → `--sk-color-action-on-default`. */
export const cssName = (/** @type {string} */ token) => `--sk-${token.replaceAll('.', '-')}`;

/** Properties whose value is (or contains) a colour. Custom properties count too: they carry tokens. */
const COLOUR_PROPERTY =
  /^(color|background(-color)?|border(-(block|inline|top|right|bottom|left)(-(start|end))?)?(-color)?|outline(-color)?|fill|stroke|box-shadow|text-decoration(-color)?|text-emphasis(-color)?|caret-color|accent-color|column-rule(-color)?|scrollbar-color|--.*)$/;

/** A declaration's property name (unparsed declarations keep it in `propertyId`). */
function propertyOf(/** @type {any} */ declaration) {
  if (declaration.property === 'unparsed') return String(declaration.value.propertyId.property);
  if (declaration.property === 'custom') return String(declaration.value.name);
  return String(declaration.property);
}

/** Literal colours in a parsed value: Lightning CSS gives named and hex colours as rgb, `transparent` as alpha 0. */
function literalColours(/** @type {unknown} */ value, /** @type {string[]} */ found = []) {
  if (Array.isArray(value)) {
    for (const item of value) literalColours(item, found);
    return found;
  }
  if (value === null || typeof value !== 'object') return found;
  const node = /** @type {Record<string, any>} */ (value);
  if (node.type === 'var') return found;
  if (node.type === 'currentcolor') found.push('currentcolor');
  else if (node.type === 'rgb')
    found.push(
      node.alpha === 0
        ? 'transparent'
        : `rgb(${node.r} ${node.g} ${node.b} / ${Number(Number(node.alpha).toFixed(3))})`,
    );
  else if (
    ['lab', 'lch', 'oklab', 'oklch', 'float-color', 'light-dark', 'system'].includes(node.type)
  )
    found.push(JSON.stringify(node));
  else if (node.type === 'ident' && typeof node.value === 'string') {
    const ident = node.value.toLowerCase();
    if (ident === 'transparent' || ident === 'currentcolor') found.push(ident);
  } else for (const child of Object.values(node)) literalColours(child, found);
  return found;
}

/** Whether a media rule's query is `(forced-colors: active)`. */
const isForcedColours = (/** @type {any} */ rule) =>
  JSON.stringify(rule.value.query).includes('"name":"forced-colors"');

/**
 * The colour tokens a compiled component file uses and its literal colours outside forced colours.
 * @param {string} filename @param {string} css
 * @returns {ColourUse}
 */
export function colourUse(filename, css) {
  /** @type {ColourUse} */
  const use = { tokens: new Set(), literals: [] };
  const walk = (/** @type {any[]} */ rules, /** @type {boolean} */ forced) => {
    for (const rule of rules) {
      if (rule.type === 'media') {
        walk(rule.value.rules, forced || isForcedColours(rule));
        continue;
      }
      const block = rule.value?.declarations;
      for (const declaration of [
        ...(block?.declarations ?? []),
        ...(block?.importantDeclarations ?? []),
      ]) {
        const json = JSON.stringify(declaration);
        for (const [, name] of json.matchAll(/"--sk-(color-[a-z0-9-]+)"/g)) {
          // --sk-color-action-on-default → color.action.on-default is ambiguous; keep the CSS name and compare
          // CSS names (cssName of the declared tokens).
          const key = `--sk-${String(name)}`;
          use.tokens.add(key);
        }
        const property = propertyOf(declaration);
        if (forced || !COLOUR_PROPERTY.test(property)) continue;
        for (const value of literalColours(declaration.value))
          if (!(value in UNJUDGED)) use.literals.push({ value, property });
      }
      if (Array.isArray(rule.value?.rules)) walk(rule.value.rules, forced);
    }
  };
  transform({
    filename,
    code: Buffer.from(css),
    errorRecovery: false,
    visitor: {
      StyleSheet(sheet) {
        walk(/** @type {any[]} */ (sheet.rules), false);
      },
    },
  });
  return use;
}

/** A declared pair's backgrounds as a list. */
export const backgrounds = (/** @type {DeclaredPair} */ pair) =>
  Array.isArray(pair.bg) ? pair.bg : [pair.bg];

/**
 * Reads and checks the shape of src/components/<name>.pairs.json.
 * @param {string} dir the components folder @param {string} component
 * @returns {Promise<Declaration | undefined>} undefined when the file is missing
 */
export async function readDeclaration(dir, component) {
  const file = `src/components/${component}.pairs.json`;
  /** @type {string} */
  let text;
  try {
    text = await readFile(join(dir, `${component}.pairs.json`), 'utf8');
  } catch {
    return undefined;
  }
  const data = JSON.parse(text);
  const pairs = /** @type {DeclaredPair[]} */ (data.pairs ?? []);
  for (const [index, pair] of pairs.entries()) {
    const where = `${file}: pairs[${String(index)}]`;
    if (typeof pair.fg !== 'string') throw new Error(`${where}: "fg" must be a token path`);
    if (backgrounds(pair).some((bg) => typeof bg !== 'string') || backgrounds(pair).length === 0)
      throw new Error(`${where}: "bg" must be a token path or a list of them`);
    if (!(pair.kind in KIND_MINIMUM))
      throw new Error(`${where}: "kind" must be one of ${Object.keys(KIND_MINIMUM).join(', ')}`);
    if (!Array.isArray(pair.states) || pair.states.length === 0)
      throw new Error(`${where}: "states" must list the states it is drawn in (e.g. "default")`);
    if (typeof pair.why !== 'string' || pair.why === '')
      throw new Error(`${where}: "why" must say what the pair is`);
  }
  const decorative = /** @type {DecorativeToken[]} */ (data.decorative ?? []);
  for (const [index, entry] of decorative.entries())
    if (typeof entry.token !== 'string' || typeof entry.why !== 'string' || entry.why === '')
      throw new Error(
        `${file}: decorative[${String(index)}]: needs "token" and "why" (why no contrast minimum applies)`,
      );
  return { component, file, pairs, decorative };
}

/**
 * The problems of one component: colour tokens no declared pair names, literal colours, declared pairs the gate
 * does not check (or checks with a lower minimum).
 * @param {{ declaration: Declaration | undefined, component: string, css: string, gate: GatePair[] }} input
 * @returns {string[]}
 */
export function componentPairProblems({ declaration, component, css, gate }) {
  const cssFile = `src/components/${component}.css`;
  const pairsFile = `src/components/${component}.pairs.json`;
  const use = colourUse(`${component}.css`, css);
  /** @type {string[]} */
  const problems = use.literals.map(
    ({ value, property }) =>
      `${component}: ${property}: ${value} in ${cssFile} is a colour the contrast gate cannot judge; use a --sk-color-* token (allowed literals: ${Object.keys(UNJUDGED).join(', ')})`,
  );
  if (!declaration) {
    if (use.tokens.size > 0)
      problems.push(
        `${component}: ${cssFile} draws ${[...use.tokens].join(', ')} but ${pairsFile} is missing: declare the colour pairs it puts on screen`,
      );
    return problems;
  }
  const named = new Set(
    [
      ...declaration.pairs.flatMap((p) => [p.fg, ...backgrounds(p)]),
      ...declaration.decorative.map((d) => d.token),
    ].map(cssName),
  );
  for (const token of use.tokens)
    if (!named.has(token))
      problems.push(
        `${component}: ${cssFile} uses ${token}, which neither a pair nor a decorative entry in ${pairsFile} names: declare the pair it is drawn in (foreground, background, kind) so the contrast gate checks it`,
      );
  const gated = new Map(gate.map((p) => [`${p.fg} on ${p.bg}`, p.min]));
  for (const pair of declaration.pairs)
    for (const bg of backgrounds(pair)) {
      const key = `${pair.fg} on ${bg}`;
      const min = gated.get(key);
      const needs = KIND_MINIMUM[pair.kind];
      if (min === undefined)
        problems.push(
          `${component}: the pair ${key} (${pair.kind}, ${needs}:1; ${pair.why}) in ${pairsFile} is not checked by the contrast gate: add it to contrastPairs() in packages/tokens/engine/contrast-gate.mjs`,
        );
      else if (min + 1e-9 < needs)
        problems.push(
          `${component}: the pair ${key} in ${pairsFile} needs ${needs}:1 (${pair.kind}) but the contrast gate checks it at ${String(min)}:1`,
        );
    }
  return problems;
}

/**
 * Reads every component's declaration. `compiled` maps a component name to its compiled CSS.
 * @param {{ componentsDir: string, compiled: Map<string, string>, gate: GatePair[] }} input
 * @returns {Promise<{ problems: string[], declarations: Declaration[] }>}
 */
export async function checkComponentPairs({ componentsDir, compiled, gate }) {
  /** @type {string[]} */
  const problems = [];
  /** @type {Declaration[]} */
  const declarations = [];
  const files = new Set(await readdir(componentsDir));
  for (const file of files)
    if (file.endsWith('.pairs.json') && !files.has(file.replace(/\.pairs\.json$/, '.css')))
      problems.push(`src/components/${file}: no component file of that name`);
  for (const [component, css] of compiled) {
    const declaration = await readDeclaration(componentsDir, component);
    if (declaration) declarations.push(declaration);
    problems.push(...componentPairProblems({ declaration, component, css, gate }));
  }
  return { problems, declarations };
}
