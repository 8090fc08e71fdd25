import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import themes from '@stadtkern/tokens/themes.json' with { type: 'json' };
import { chromiumLaunchOptions } from '../../scripts/lib/chromium.mjs';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));
const schemes = ['light', 'dark'] as const;

/**
 * One story-test project per theme × colour scheme. The theme list comes from the tokens build,
 * so a new theme folder adds its coverage here without code changes.
 */
function storyProject(
  theme: string,
  colorScheme: (typeof schemes)[number],
  index: number,
): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [storybookTest({ configDir, initialGlobals: { theme, colorScheme } })],
    test: {
      name: `stories:${theme}:${colorScheme}`,
      // Two browsers at a time: on a 2-core machine more only wait for CPU and time out connecting.
      sequence: { groupOrder: Math.floor(index / 2) },
      // Focus appearance of every keyboard-focusable element, after each story's own test.
      setupFiles: ['./test/focus/vitest.setup.ts'],
      browser: {
        connectTimeout: 180_000,
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: chromiumLaunchOptions() }),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}

export default defineConfig({
  // What .storybook/preview.tsx imports, bundled before the first test: discovered only while a test runs
  // (e.g. when Vite's scan cannot resolve an unbuilt workspace package, as in the generator test's scratch
  // copy), Vite re-optimises and reloads the test page, and the stories file fails to import.
  optimizeDeps: {
    include: [
      '@storybook/addon-docs/blocks',
      'storybook/preview-api',
      'storybook/internal/core-events',
    ],
  },
  test: {
    projects: themes
      .flatMap((t) => schemes.map((s) => [t.id, s] as const))
      .map(([theme, scheme], index) => storyProject(theme, scheme, index)),
  },
});
