// Shared flat config. Usage in a package's eslint.config.js:
//   import { config } from '@stadtkern/eslint-config';
//   export default config({ tsconfigRootDir: import.meta.dirname });
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * @param {{ tsconfigRootDir: string, react?: boolean, ignores?: string[] }} options
 */
export function config({ tsconfigRootDir, react: withReact = true, ignores = [] }) {
  return tseslint.config(
    {
      ignores: [
        'dist/**',
        'storybook-static/**',
        'coverage/**',
        'node_modules/**',
        // Temporary files tsup and Vite write next to their config while a build runs in parallel with lint
        // (turbo runs both at once): ESLint would list them and fail when they are gone before it reads them.
        '**/*.bundled_*.mjs',
        '**/*.timestamp-*.mjs',
        ...ignores,
      ],
    },
    js.configs.recommended,
    ...tseslint.configs.strictTypeChecked,
    ...tseslint.configs.stylisticTypeChecked,
    {
      languageOptions: {
        globals: { ...globals.browser, ...globals.node },
        parserOptions: { projectService: true, tsconfigRootDir },
      },
      rules: {
        '@typescript-eslint/consistent-type-imports': 'error',
        // Conflicts with no-non-null-assertion (strict); `as T` stays allowed where a guard is noise.
        '@typescript-eslint/non-nullable-type-assertion-style': 'off',
        '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
        // `flag || undefined` on optional booleans is intended (drops false attributes).
        '@typescript-eslint/prefer-nullish-coalescing': [
          'error',
          { ignorePrimitives: { boolean: true } },
        ],
        'no-restricted-syntax': [
          'error',
          {
            selector: 'ExportDefaultDeclaration',
            message: 'Use named exports (project convention).',
          },
        ],
      },
    },
    ...(withReact
      ? [
          {
            files: ['**/*.{ts,tsx}'],
            ...react.configs.flat.recommended,
            settings: { react: { version: '19.0' } },
          },
          react.configs.flat['jsx-runtime'],
          reactHooks.configs.flat['recommended-latest'] ?? reactHooks.configs['recommended-latest'],
          jsxA11y.flatConfigs.strict,
          {
            rules: {
              'react/no-danger': 'error',
              'react/jsx-no-script-url': 'error',
              'react/button-has-type': 'error',
              'react/prop-types': 'off',
            },
          },
        ]
      : []),
    {
      // Config files and Storybook stories are allowed default exports (their tools require them).
      files: ['**/*.config.{js,ts,mjs}', '**/*.stories.{ts,tsx}', '**/.storybook/*.{ts,tsx}'],
      rules: { 'no-restricted-syntax': 'off' },
    },
    {
      files: ['**/*.{js,mjs,cjs}'],
      ...tseslint.configs.disableTypeChecked,
    },
  );
}
