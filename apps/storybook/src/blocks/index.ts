// Doc blocks for the component docs pages (imported in MDX as `@stadtkern/storybook/blocks`, an
// alias set in .storybook/main.ts).
export { StageBadge } from './StageBadge';
export type { StageBadgeProps } from './StageBadge';
export { HtmlMarkup } from './HtmlMarkup';
export type { HtmlMarkupProps } from './HtmlMarkup';
export { HTML_HEADING } from './html-markup';
export { ContrastPairs } from './ContrastPairs';
export type { ContrastPairsProps } from './ContrastPairs';
