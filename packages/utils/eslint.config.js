import { config } from '@stadtkern/eslint-config';

export default [
  ...config({ tsconfigRootDir: import.meta.dirname }),
  {
    // The deprecated accessibility helpers (README) are defined, exported and tested here until the next
    // major release removes them; everyone else is told by this rule and by a warning in development.
    files: [
      'src/a11y/**',
      'src/react.ts',
      'src/react/**',
      'src/index.ts',
      'test/a11y.test.tsx',
      'test/format.test.ts',
    ],
    rules: { '@typescript-eslint/no-deprecated': 'off' },
  },
];
