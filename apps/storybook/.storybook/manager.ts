// The Storybook around the stories: Stadtkern's name and mark instead of Storybook's, the theme picker in the
// toolbar (theme-picker.tsx), and the browser tab says „… ⋅ Stadtkern“. Assets come from ./public (relative URLs: the build also works
// from a sub-path and offline).
import { createElement } from 'react';
import { addons, types } from 'storybook/manager-api';
import { create } from 'storybook/theming';
import { THEME_PICKER_ID, ThemePicker } from './theme-picker';

addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'Stadtkern – Komponenten für die Verwaltung',
    brandUrl: './',
    brandTarget: '_self',
    brandImage: './stadtkern-logo.svg',
    colorPrimary: '#0b3b6f',
    colorSecondary: '#0b3b6f',
  }),
});

// The theme picker replaces the toolbar select of the `theme` global (preview.tsx keeps the global, without a
// toolbar entry): it groups the themes by Land and searches them, which a flat menu of a hundred cities cannot.
addons.register(THEME_PICKER_ID, () => {
  addons.add(THEME_PICKER_ID, {
    type: types.TOOL,
    title: 'Theme',
    match: ({ tabId }) => !tabId,
    render: () => createElement(ThemePicker),
  });
});

// Storybook writes „<Story> ⋅ Storybook“ into the tab title on every navigation.
const title = document.querySelector('title');
if (title) {
  new MutationObserver(() => {
    if (document.title.endsWith('⋅ Storybook')) {
      document.title = document.title.replace(/⋅ Storybook$/, '⋅ Stadtkern');
    } else if (document.title === 'Storybook') document.title = 'Stadtkern';
  }).observe(title, { childList: true, characterData: true, subtree: true });
}
