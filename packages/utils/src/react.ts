// @stadtkern/utils/react: React bindings, in their own entry so non-React users don't load React.
export { useAnnounce } from './react/use-announce.js';
