// Stadtkern's own stylelint rules: the conventions of ADR 0003 that stylelint's core rules cannot express,
// because they depend on the file a rule stands in (src/components/<name>.css belongs to .sk-<name>).
import { basename } from 'node:path';
import { layerOrder } from '@stadtkern/tokens';
import stylelint from 'stylelint';

const {
  createPlugin,
  utils: { report, ruleMessages, validateOptions },
} = stylelint;

const url = 'https://gitlab.opencode.de/stadtkern/stadtkern/-/blob/main/packages/css/README.md';

/** @param {import('postcss').Root} root */
const componentName = (root) => basename(root.source?.input.file ?? '', '.css');

/** The class names of a selector, ignoring attribute values and strings. @param {string} selector */
const classesOf = (selector) =>
  [...selector.replace(/\[[^\]]*\]|"[^"]*"|'[^']*'/g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map(
    (m) => m[1] ?? '',
  );

/** @param {import('postcss').Rule} rule */
const inKeyframes = (rule) =>
  rule.parent?.type === 'atrule' && /keyframes$/i.test(/** @type {any} */ (rule.parent).name);

/**
 * Makes a rule whose primary option is one of `possible`.
 * @param {string} name @param {Record<string, any>} messageMap @param {unknown[]} possible
 * @param {(root: import('postcss').Root, problem: (node: import('postcss').Node, message: string, word?: string) => void, option: any) => void} check
 */
function define(name, messageMap, possible, check) {
  const ruleName = `stadtkern/${name}`;
  const messages = ruleMessages(ruleName, messageMap);
  /** @type {import('stylelint').Rule} */
  const rule = (primary) => (root, result) => {
    if (!validateOptions(result, ruleName, { actual: primary, possible })) return;
    check(
      root,
      (node, message, word) =>
        report({ ruleName, result, node, message, ...(word ? { word } : {}) }),
      primary,
    );
  };
  rule.ruleName = ruleName;
  rule.messages = messages;
  rule.meta = { url };
  return { plugin: createPlugin(ruleName, rule), messages };
}

/** src/components/<name>.css styles only .sk-<name>, .sk-<name>__element and .sk-<name>--modifier. */
const componentClasses = define(
  'component-classes',
  {
    foreign: (cls, root) =>
      `Unexpected class ".${cls}": a component file styles only .${root}, .${root}__element and .${root}--modifier`,
    missingRoot: (root) => `Expected the root class ".${root}" in ${root.slice(3)}.css`,
  },
  [true],
  (root, problem) => {
    const rootClass = `sk-${componentName(root)}`;
    const own = new RegExp(
      `^${rootClass}(?:__[a-z0-9]+(?:-[a-z0-9]+)*)?(?:--[a-z0-9]+(?:-[a-z0-9]+)*)?$`,
    );
    let hasRoot = false;
    root.walkRules((rule) => {
      if (inKeyframes(rule)) return;
      for (const cls of classesOf(rule.selector)) {
        if (cls === rootClass) hasRoot = true;
        if (!own.test(cls))
          problem(rule, componentClasses.messages.foreign(cls, rootClass), `.${cls}`);
      }
    });
    if (!hasRoot) problem(root, componentClasses.messages.missingRoot(rootClass));
  },
);

/** A component's custom properties are named --sk-<name>-… and get their default on the root class. */
const componentCustomProperties = define(
  'component-custom-properties',
  {
    prefix: (prop, prefix) => `Expected custom property "${prop}" to start with "${prefix}"`,
    noDefault: (prop, root) => `Expected "${prop}" to have a default on ".${root}"`,
  },
  [true],
  (root, problem) => {
    const rootClass = `sk-${componentName(root)}`;
    const prefix = `--${rootClass}-`;
    /** @type {Set<string>} */
    const defaults = new Set();
    /** @type {import('postcss').Declaration[]} */
    const declared = [];
    root.walkDecls(/^--/, (decl) => {
      declared.push(decl);
      const parent = decl.parent;
      if (parent?.type === 'rule' && /** @type {any} */ (parent).selector === `.${rootClass}`)
        defaults.add(decl.prop);
    });
    for (const decl of declared) {
      if (!decl.prop.startsWith(prefix))
        problem(decl, componentCustomProperties.messages.prefix(decl.prop, prefix), decl.prop);
      else if (!defaults.has(decl.prop))
        problem(
          decl,
          componentCustomProperties.messages.noDefault(decl.prop, rootClass),
          decl.prop,
        );
    }
  },
);

/**
 * Every rule sits in the file's layer (the option). The layer order is stated once, by scripts/build.mjs, which
 * opens every built file with `layerOrder` of @stadtkern/tokens; a source file does not restate it.
 */
const layerUse = define(
  'layer-use',
  {
    order: `Unexpected layer-order statement: the build opens every file with "${layerOrder}"`,
    outside: (layer) => `Expected this rule inside "@layer ${layer} { … }"`,
  },
  ['sk.base', 'sk.components', 'sk.utilities'],
  (root, problem, layer) => {
    for (const node of root.nodes) {
      if (node.type === 'comment') continue;
      if (node.type === 'atrule' && node.name === 'layer' && node.nodes === undefined)
        problem(node, layerUse.messages.order);
      else if (!(node.type === 'atrule' && node.name === 'layer' && node.params === layer))
        problem(node, layerUse.messages.outside(layer));
    }
  },
);

/**
 * The space after a block component is the flow recipe of src/mixins.css (ADR 0006): a `:where()` rule that sets
 * the bottom margin from a flow token restates it.
 */
const flowRecipe = define(
  'flow-recipe',
  {
    restated: (size) =>
      `Unexpected flow margin in a :where() rule: write "@apply flow-${size};" last in the component's rule (ADR 0006)`,
  },
  [true],
  (root, problem) => {
    root.walkDecls(/^margin(?:-block(?:-end)?)?$/, (decl) => {
      const size = /var\(--sk-metric-flow-([a-z-]+)\)/.exec(decl.value)?.[1];
      const parent = decl.parent;
      if (
        size &&
        parent?.type === 'rule' &&
        /** @type {any} */ (parent).selector.includes(':where(')
      )
        problem(decl, flowRecipe.messages.restated(size), decl.value);
    });
  },
);

/**
 * A media query on the viewport's size uses a named breakpoint of src/mixins.css (`@media (--sk-from-medium)`),
 * so that every component switches at the same width. Container queries are the component's own and stay free.
 */
const namedBreakpoint = define(
  'named-breakpoint',
  {
    hardCoded: (params) =>
      `Unexpected "@media ${params}": use a named breakpoint from src/mixins.css, e.g. "@media (--sk-from-medium)"`,
  },
  [true],
  (root, problem) => {
    root.walkAtRules(/^media$/i, (rule) => {
      if (/\b(?:(?:min|max)-)?(?:device-)?(?:width|height|aspect-ratio)\b/i.test(rule.params))
        problem(rule, namedBreakpoint.messages.hardCoded(rule.params), rule.params);
    });
  },
);

export const plugins = [
  componentClasses.plugin,
  componentCustomProperties.plugin,
  layerUse.plugin,
  flowRecipe.plugin,
  namedBreakpoint.plugin,
];
