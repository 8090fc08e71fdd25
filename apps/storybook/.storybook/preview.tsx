import '@stadtkern/tokens/css/all.css';
import '@stadtkern/tokens/css/fonts/all.css';
import '@stadtkern/css/index.css';
import './preview.css';
import type { Decorator, Preview } from '@storybook/react-vite';
import { DEFAULT_THEME, applyTheme, themeItems } from './theme';

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
      storySort: { order: ['Willkommen', 'Grundlagen', 'Komponenten', ['Stufen', '*'], '*'] },
    },
  },
  tags: ['autodocs'],
};

export default preview;
