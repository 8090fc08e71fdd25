// Public entry of @stadtkern/react. Each component lives in its own folder with tests, stories and docs.
export { getMessages, messages } from './locale/messages.js';
export type { Locale, Messages } from './locale/messages.js';
export * from './Button/index.js';
