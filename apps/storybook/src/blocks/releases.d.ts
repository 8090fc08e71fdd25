// The release sources, read at build time in Node by changesets' own libraries (.storybook/releases.ts).
declare module 'virtual:stadtkern/releases' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient module cannot import a relative path
  export const releases: import('./components').ReleaseSources;
}
