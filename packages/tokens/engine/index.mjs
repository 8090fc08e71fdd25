// @stadtkern/tokens/engine: the token engine that the build, the theme command, the Tokens Studio export and
// Storybook's Theme-Werkstatt share. Resolve a theme with Style Dictionary (style-dictionary.mjs), run the contrast
// gate (contrast-gate.mjs), derive a theme from brand decisions (theme-core.mjs; in memory: workshop.mjs) and write
// the outputs (formats.mjs, tokens-studio.mjs), with the colour maths (color.mjs), the JSON Schema check
// (schemas.mjs) and the shared facts (facts.mjs).
// Browser-safe: no module here imports a Node.js built-in (docs/theming.md); the Node-only parts (file discovery,
// fonts, the theme command's files) stay in scripts/.
export * from './color.mjs';
export * from './contrast-gate.mjs';
export * from './facts.mjs';
export * from './formats.mjs';
export * from './schemas.mjs';
export * from './style-dictionary.mjs';
export * from './theme-core.mjs';
export * from './tokens-studio.mjs';
export * from './workshop.mjs';
