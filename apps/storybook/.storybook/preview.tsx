import '@stadtkern/tokens/css/all.css';
import '@stadtkern/tokens/css/fonts/all.css';
import '@stadtkern/css/index.css';
// Faces for what no theme font draws, so screenshots do not depend on the machine's fonts (preview.css).
import '@fontsource/noto-sans-mono/400.css';
import '@fontsource/noto-sans-arabic/400.css';
import './preview.css';
import { DocsContainer } from '@storybook/addon-docs/blocks';
import type { DocsContainerProps } from '@storybook/addon-docs/blocks';
import type { Decorator, Preview } from '@storybook/react-vite';
import type { PropsWithChildren } from 'react';
import { GLOBALS_UPDATED, SET_GLOBALS } from 'storybook/internal/core-events';
import { addons } from 'storybook/preview-api';
import { DEFAULT_THEME, applyTheme } from './theme';

// Docs pages without a story (Willkommen, Theme-Werkstatt) run no decorator: they follow the toolbar through
// the preview's channel, which also delivers the globals of a shared URL on start.
if (addons.hasChannel()) {
  const channel = addons.getChannel();
  for (const event of [SET_GLOBALS, GLOBALS_UPDATED])
    channel.on(event, ({ globals }: { globals: Record<string, unknown> }) => {
      applyTheme(document, globals.theme, globals.colorScheme);
    });
}

// Storybook's preview frame (iframe.html) says lang="en"; Stadtkern's stories and docs pages are German, and
// screen readers pick their voice and pronunciation from it (WCAG 3.1.1).
if (typeof document !== 'undefined') document.documentElement.lang = 'de';

/**
 * A story whose component speaks another language marks it (WCAG 3.1.2): its `locale` arg, or the `lang`
 * parameter of a story that sets the locale in its render. The wrapper draws no box (display: contents).
 */
const withLanguage: Decorator = (Story, context) => {
  const { locale } = context.args as { locale?: unknown };
  const lang =
    (context.parameters.lang as string | undefined) ??
    (typeof locale === 'string' && locale !== 'de' ? locale : undefined);
  if (!lang) return <Story />;
  return (
    <div lang={lang} style={{ display: 'contents' }}>
      <Story />
    </div>
  );
};

const withTheme: Decorator = (Story, context) => {
  // Set synchronously during render so the attributes are in place before tests and axe run.
  applyTheme(document, context.globals.theme, context.globals.colorScheme);
  return <Story />;
};

/**
 * Storybook's JSON editor for object and array args (the docs' props table) renders `<li>` items without a
 * list around them, so screen readers announce no list (axe: listitem). Its containers get role="list".
 */
function repairJsonEditorLists(root: ParentNode) {
  for (const item of root.querySelectorAll('.docblock-argstable li')) {
    const parent = item.parentElement;
    if (parent && !['UL', 'OL', 'MENU'].includes(parent.tagName) && !parent.hasAttribute('role'))
      parent.setAttribute('role', 'list');
  }
}
if (typeof MutationObserver !== 'undefined' && typeof document !== 'undefined')
  new MutationObserver(() => {
    repairJsonEditorLists(document);
  }).observe(document.documentElement, { childList: true, subtree: true });

/** A docs page is the document's main content: one `<main>` landmark around it (axe: landmark-one-main, region). */
function DocsMain(props: PropsWithChildren<DocsContainerProps>) {
  return (
    <main>
      <DocsContainer {...props} />
    </main>
  );
}

const preview: Preview = {
  globalTypes: {
    // No toolbar entry: the theme picker (theme-picker.tsx, registered in manager.ts) sets this global; the
    // type stays for the URL (`globals=theme:hamburg`) and the default.
    theme: { description: 'Stadt-Theme (data-sk-theme)' },
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
  decorators: [withLanguage, withTheme],
  parameters: {
    layout: 'padded',
    // Every violation fails the story test (and shows as an error in the panel).
    a11y: { test: 'error' },
    backgrounds: { disable: true },
    controls: { expanded: true },
    docs: { container: DocsMain },
    options: {
      storySort: {
        order: ['Willkommen', 'Grundlagen', 'Theme-Werkstatt', 'Komponenten', ['Stufen', '*'], '*'],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
