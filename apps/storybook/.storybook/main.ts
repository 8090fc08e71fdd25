import react from '@vitejs/plugin-react';
import type { StorybookConfig } from '@storybook/react-vite';
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import { releasesPlugin } from './releases';

/** Doc blocks shared by every docs page, imported as `@stadtkern/storybook/blocks`. */
const blocks = fileURLToPath(new URL('../src/blocks/index.ts', import.meta.url));

/**
 * Stories live next to their components (packages/react/src/<Component>/) and Storybook's own
 * pages in src/. The accessibility fixtures in test/a11y-fixtures are added only when
 * SK_A11Y_FIXTURES=1 (set by scripts/check-a11y-gate.mjs), so they never reach the published build.
 */
const fixtures =
  process.env.SK_A11Y_FIXTURES === '1' ? ['../test/a11y-fixtures/*.stories.tsx'] : [];

const config: StorybookConfig = {
  stories: [
    '../src/**/*.mdx',
    '../src/**/*.stories.tsx',
    '../../../packages/react/src/**/*.mdx',
    '../../../packages/react/src/**/*.stories.tsx',
    ...fixtures,
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // Stadtkern's mark and favicon for the Storybook frame (see manager.ts and manager-head.html).
  staticDirs: ['./public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No stock "Get started" checklist in the sidebar or the settings menu: readers are designers and
  // city developers, not people setting up Storybook.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  docs: { defaultName: 'Dokumentation' },
  viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Storybook's react-vite framework does not add the React plugin by itself (see shared TOOLCHAIN).
      // The pending release, planned by changesets' libraries for the landing page (releases.ts).
      plugins: [react(), releasesPlugin()],
      // Doc blocks for the component pages in packages/react (e.g. <StageBadge of={Stories} />).
      resolve: { alias: { '@stadtkern/storybook/blocks': blocks } },
    });
  },
};

export default config;
