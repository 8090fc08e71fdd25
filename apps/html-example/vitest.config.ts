import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '../../scripts/lib/chromium.mjs';
import { storyThemes } from '../../scripts/lib/story-themes.mjs';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The themes the pages run in: KERN and, per run, one further theme, as the story suites
    // (SK_STORY_THEMES, ../../scripts/lib/story-themes.mjs; docs/accessibility.md, „Theme coverage“), so the
    // run time does not grow with the number of city themes. The tests read it with `inject('themes')`.
    provide: { themes: storyThemes() },
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: chromiumLaunchOptions() }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
