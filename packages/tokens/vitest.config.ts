import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Several cases build themes in a child process: seconds alone, far more while the full test run keeps both
  // cores busy with browsers (a 30 s limit timed out there once). A slow machine must not fail a correct build.
  test: { include: ['test/**/*.test.ts'], environment: 'node', testTimeout: 120_000 },
});
