import { config } from '@stadtkern/eslint-config';

export default [
  ...config({ tsconfigRootDir: import.meta.dirname }),
  // One way to declare props and other object types: `type` aliases, because unions
  // (`Necessity`, `IconProps`) and intersections with them cannot be interfaces (CONTRIBUTING.md).
  { rules: { '@typescript-eslint/consistent-type-definitions': ['error', 'type'] } },
];
