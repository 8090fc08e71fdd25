// The Storybook around the stories: Stadtkern's name and mark instead of Storybook's, and the
// browser tab says „… ⋅ Stadtkern“. Assets come from ./public (relative URLs: the build also works
// from a sub-path and offline).
import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

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

// Storybook writes „<Story> ⋅ Storybook“ into the tab title on every navigation.
const title = document.querySelector('title');
if (title) {
  new MutationObserver(() => {
    if (document.title.endsWith('⋅ Storybook')) {
      document.title = document.title.replace(/⋅ Storybook$/, '⋅ Stadtkern');
    } else if (document.title === 'Storybook') document.title = 'Stadtkern';
  }).observe(title, { childList: true, characterData: true, subtree: true });
}
