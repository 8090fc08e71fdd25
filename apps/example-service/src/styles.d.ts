// Style sheets imported for their side effect (Next.js bundles them): the package entry and .css files.
declare module '@stadtkern/css';
declare module '*.css';
