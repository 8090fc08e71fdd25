import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import themes from '@stadtkern/tokens/themes.json' with { type: 'json' };
import { chromiumLaunchOptions } from '../../scripts/lib/chromium.mjs';
import { storyThemes } from '../../scripts/lib/story-themes.mjs';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));
const schemes = ['light', 'dark'] as const;

/**
 * The selected themes, plus any theme whose project the command line names (`--project stories:koeln:light`,
 * as the generators test does for a new theme): a project asked for by name always exists.
 */
function selectedThemes(): string[] {
  const named = process.argv
    .flatMap((arg, i, argv) =>
      arg === '--project'
        ? [argv[i + 1] ?? '']
        : arg.startsWith('--project=')
          ? [arg.slice(10)]
          : [],
    )
    .map((name) => /^stories:([^:]+):/.exec(name)?.[1])
    .filter((id): id is string => id !== undefined);
  return [...new Set([...storyThemes(), ...named])];
}

/**
 * One story-test project per selected theme × colour scheme: the reference theme KERN and, per run, one further
 * theme (SK_STORY_THEMES, ../../scripts/lib/story-themes.mjs; docs/accessibility.md says why that suffices), so
 * the run time does not grow with the number of themes.
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
    projects: selectedThemes()
      .flatMap((id) => {
        if (!themes.some((t) => t.id === id))
          throw new Error(`theme ${id} is not in @stadtkern/tokens/themes.json: build the tokens`);
        return schemes.map((s) => [id, s] as const);
      })
      .map(([theme, scheme], index) => storyProject(theme, scheme, index)),
  },
});
