// Types of the stylesheet entries of @stadtkern/css. They are imported only for their side effect
// (`import '@stadtkern/css';`), and TypeScript checks that such an import resolves
// (`noUncheckedSideEffectImports`, on by default since TypeScript 6): without this file a project that
// declares no `*.css` modules, or imports the package entry whose name does not end in .css, fails with
// TS2882. A stylesheet exports nothing.
export {};
