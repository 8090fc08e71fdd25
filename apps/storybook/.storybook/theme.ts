import { defaultTheme } from '@stadtkern/tokens';
import themes from '@stadtkern/tokens/themes.json';

/** Theme ids come from the tokens build, so a new theme folder appears here without code changes. */
export const themeIds: string[] = themes.map((t) => t.id);
export const colorSchemes = ['light', 'dark'] as const;
export type ColorScheme = (typeof colorSchemes)[number];
/** The theme of `:root` in @stadtkern/tokens' default.css. */
export const DEFAULT_THEME: string = defaultTheme;

/** Puts the theme and colour scheme on the preview document as data attributes. */
export function applyTheme(doc: Document, theme: unknown, scheme: unknown): void {
  const root = doc.documentElement;
  root.dataset.skTheme =
    typeof theme === 'string' && themeIds.includes(theme) ? theme : DEFAULT_THEME;
  root.dataset.skColorScheme = scheme === 'dark' ? 'dark' : 'light';
}
