// @stadtkern/utils/react: React bindings, in their own entry so non-React users don't load React.
// Deprecated with `announce`: the entry is removed in the next major release.
export { useAnnounce } from './react/use-announce.js';
