// Lints the CSS sources (ADR 0003, ADR 0005). `pnpm run lint` runs it; test/stylelint.test.ts proves that
// every rule relied on here fails on a bad file in test/fixtures/ (which the real run ignores).
import { fileURLToPath } from 'node:url';
import { plugins as stadtkern } from './stylelint/plugin.mjs';

// The public tokens: every custom property a theme defines. The tokens package must be built first.
const tokenCss = fileURLToPath(import.meta.resolve('@stadtkern/tokens/css/default.css'));
const kebab = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** What to write instead of a recipe copied out by hand (src/mixins.css), by property. */
const recipeFor = /** @type {Record<string, string>} */ ({
  outline: 'use @apply focus-ring from src/mixins.css',
  'clip-path': 'use @apply visually-hidden from src/mixins.css',
  'text-decoration-thickness': 'use @apply link / @apply link-hover from src/mixins.css',
});

/** @type {import('stylelint').Config} */
export default {
  extends: ['stylelint-config-standard'],
  plugins: ['stylelint-use-logical', 'stylelint-value-no-unknown-custom-properties', ...stadtkern],
  ignoreFiles: ['dist/**', 'test/fixtures/**', 'node_modules/**'],
  rules: {
    // Logical properties only, so every component works right-to-left and in vertical writing.
    'csstools/use-logical': ['always', { severity: 'error' }],
    // A var() must name a public token or a custom property declared in the same file.
    'csstools/value-no-unknown-custom-properties': [true, { importFrom: [tokenCss] }],
    // sk- prefix and BEM: block, optional __element, optional --modifier.
    'selector-class-pattern': [
      `^sk-${kebab}(?:__${kebab})?(?:--${kebab})?$`,
      {
        message: (name) =>
          `Expected class "${name}" to be sk-block, sk-block__element or sk-block--modifier (lower-case, BEM)`,
      },
    ],
    // Recipes from src/mixins.css are included at build time (ADR 0005).
    'at-rule-no-unknown': [true, { ignoreAtRules: ['mixin', 'apply'] }],
    'at-rule-prelude-no-invalid': [true, { ignoreAtRules: ['mixin', 'apply'] }],
    // Shared recipes and border widths come from one place, not written out again.
    'declaration-property-value-disallowed-list': [
      {
        outline: ['/--sk-metric-focus-width/'],
        'clip-path': ['/^inset\\(50%\\)$/'],
        'text-decoration-thickness': [
          '/^max\\(1px, 0\\.0625em\\)$/',
          '/^max\\(3px, 0\\.1875em\\)$/',
        ],
        '/^border(?:-(?:block|inline)(?:-(?:start|end))?)?(?:-width)?$/': [
          '/\\b\\d+(?:\\.\\d+)?px\\b/',
        ],
      },
      {
        message: (property, value) =>
          `Unexpected "${property}: ${value}": ${recipeFor[property] ?? 'use --sk-metric-border-width-* tokens for borders'}`,
      },
    ],
    'declaration-no-important': true,
    // Keep the order a reader expects from the sources (custom properties first, then by topic).
    'declaration-block-no-redundant-longhand-properties': null,
    // System colours (CanvasText, Highlight) are written in their specified case.
    'value-keyword-case': ['lower', { ignoreKeywords: ['/^[A-Z]/'] }],
  },
  overrides: [
    {
      files: ['src/components/*.css'],
      rules: {
        'stadtkern/layer-use': 'sk.components',
        'stadtkern/component-classes': true,
        'stadtkern/component-custom-properties': true,
        'stadtkern/flow-recipe': true,
        'stadtkern/named-breakpoint': true,
      },
    },
    {
      files: ['src/base.css'],
      rules: {
        'stadtkern/layer-use': 'sk.base',
        // Reduced motion must beat every component's own duration.
        'declaration-no-important': null,
      },
    },
    {
      // The one place the recipes are written out. `&` in a recipe is the rule that applies it.
      files: ['src/mixins.css'],
      rules: {
        'declaration-property-value-disallowed-list': null,
        'nesting-selector-no-missing-scoping-root': null,
      },
    },
  ],
};
