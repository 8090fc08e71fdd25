import '@stadtkern/tokens/css/all.css';
import '@stadtkern/tokens/css/fonts/all.css';
import '@stadtkern/css/index.css';
import './preview.css';
import type { Decorator, Preview } from '@storybook/react-vite';
import { GLOBALS_UPDATED, SET_GLOBALS } from 'storybook/internal/core-events';
import { addons } from 'storybook/preview-api';
import { DEFAULT_THEME, applyTheme, themeItems } from './theme';

// Docs pages without a story (Willkommen, Theme-Werkstatt) run no decorator: they follow the toolbar through
// the preview's channel, which also delivers the globals of a shared URL on start.
if (addons.hasChannel()) {
  const channel = addons.getChannel();
  for (const event of [SET_GLOBALS, GLOBALS_UPDATED])
    channel.on(event, ({ globals }: { globals: Record<string, unknown> }) => {
      applyTheme(document, globals.theme, globals.colorScheme);
    });
}

const withTheme: Decorator = (Story, context) => {
  // Set synchronously during render so the attributes are in place before tests and axe run.
  applyTheme(document, context.globals.theme, context.globals.colorScheme);
  return <Story />;
};

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Stadt-Theme (data-sk-theme)',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: themeItems, dynamicTitle: true },
    },
    colorScheme: {
      description: 'Farbschema (data-sk-color-scheme)',
      toolbar: {
        title: 'Farbschema',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Hell', icon: 'sun' },
          { value: 'dark', title: 'Dunkel', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: DEFAULT_THEME, colorScheme: 'light' },
  decorators: [withTheme],
  parameters: {
    layout: 'padded',
    // Every violation fails the story test (and shows as an error in the panel).
    a11y: { test: 'error' },
    backgrounds: { disable: true },
    controls: { expanded: true },
    options: {
      storySort: {
        order: ['Willkommen', 'Grundlagen', 'Theme-Werkstatt', 'Komponenten', ['Stufen', '*'], '*'],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
