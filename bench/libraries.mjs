// What the benchmark compares. Each library's form page, Button page and SSR unit are in
// peers/pages/<id>.jsx (Stadtkern's and the plain baseline: packages/react/fixtures/pages/); browser-only set-up (registering web components, starting vanilla JS) is in
// peers/pages/<id>.client.js. `packages` are what a developer installs for the form page (the install
// footprint is their dependency closure, React excluded); `css` is the stylesheet the library's
// documentation says to load, fonts not counted.

/**
 * @typedef {object} Library
 * @property {string} id
 * @property {string} name
 * @property {string[]} packages
 * @property {string[]} css imports, resolved from peers/node_modules
 * @property {string} [cssNote] shown instead of CSS bytes when `css` is empty
 * @property {{ before?: boolean, afterForm?: boolean, afterButton?: boolean }} [client]
 * @property {string} [note]
 */

/** @type {Library} */
export const BASELINE = { id: 'plain', name: 'Plain React (baseline)', packages: [], css: [] };

/** @type {Library[]} */
export const LIBRARIES = [
  {
    id: 'stadtkern',
    name: 'Stadtkern',
    packages: ['@stadtkern/react', '@stadtkern/css', '@stadtkern/tokens'],
    css: ['@stadtkern/tokens/css/themes/kern.css', '@stadtkern/css'],
  },
  {
    id: 'kern',
    name: 'KERN (kern-react-kit + @kern-ux/native)',
    packages: ['@kern-ux-annex/kern-react-kit', '@kern-ux/native'],
    css: ['@kern-ux/native/dist/kern.min.css'],
    note: 'kern-react-kit does less per component than Stadtkern: no ref forwarding, German texts only, no filtering of unsafe link URLs, and fixed ids (every `KernInput` hint gets `id="input-file-hint"`, every error `id="file-input-error"`, so two fields on one page collide). `@kern-ux/native` inlines its icons as SVG in the CSS.',
  },
  {
    id: 'kolibri',
    name: 'KoliBri (@public-ui/react-v19)',
    packages: ['@public-ui/react-v19', '@public-ui/components', '@public-ui/theme-default'],
    css: [],
    cssNote: 'in JS',
    client: { before: true },
    note: 'Web components: the server renders empty `<kol-*>` elements; the content appears after the loader has run in the browser.',
  },
  {
    id: 'utrecht',
    name: 'NL Design System (Utrecht)',
    packages: [
      '@utrecht/component-library-react',
      '@utrecht/component-library-css',
      '@utrecht/design-tokens',
    ],
    css: ['@utrecht/design-tokens/dist/index.css', '@utrecht/component-library-css/dist/index.css'],
    note: '15.0.0 is the newest release but depends on package versions missing from the npm registry (e.g. @utrecht/accordion-css 4.1.0), so 14.0.1 is measured.',
  },
  {
    id: 'amsterdam',
    name: 'Amsterdam',
    packages: [
      '@amsterdam/design-system-react',
      '@amsterdam/design-system-css',
      '@amsterdam/design-system-tokens',
      '@amsterdam/design-system-assets',
    ],
    css: [
      '@amsterdam/design-system-tokens/dist/index.css',
      '@amsterdam/design-system-css/dist/index.css',
    ],
  },
  {
    id: 'digdir',
    name: 'Designsystemet (Digdir)',
    packages: ['@digdir/designsystemet-react', '@digdir/designsystemet-css'],
    css: ['@digdir/designsystemet-css/theme', '@digdir/designsystemet-css'],
  },
  {
    id: 'govuk',
    name: 'GOV.UK Frontend',
    packages: ['govuk-frontend'],
    css: ['govuk-frontend/dist/govuk/govuk-frontend.min.css'],
    client: { afterForm: true, afterButton: true },
    note: 'No React components: the page is plain React elements with GOV.UK markup plus GOV.UK’s own JavaScript.',
  },
];
