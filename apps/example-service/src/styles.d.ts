// Style sheets imported for their side effect (Next.js bundles them): .css files. The package entry
// `@stadtkern/css` brings its own types (its side-effects.d.ts).
declare module '*.css';
