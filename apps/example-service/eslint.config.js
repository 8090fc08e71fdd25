import { config } from '@stadtkern/eslint-config';

export default [
  ...config({
    tsconfigRootDir: import.meta.dirname,
    ignores: ['.next/**', 'data/**', 'next-env.d.ts'],
  }),
  {
    // Next.js finds pages, layouts, its config and the proxy by their default export.
    files: ['src/app/**/{page,layout,not-found,error}.tsx', 'next.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
];
