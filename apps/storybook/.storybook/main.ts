import react from '@vitejs/plugin-react';
import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';

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
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Dokumentation' },
  viteFinal(viteConfig) {
    // Storybook's react-vite framework does not add the React plugin by itself (see shared TOOLCHAIN).
    return mergeConfig(viteConfig, { plugins: [react()] });
  },
};

export default config;
