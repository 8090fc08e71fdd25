/**
 * The curated icon set: 24 × 24 paths drawn for Stadtkern (single-colour, filled, 2 px strokes as
 * shapes). Add an icon only when a component or a partner city needs it.
 */
export const icons = {
  'arrow-left': 'M20 11H7.8l5.6-5.6L12 4l-8 8 8 8 1.4-1.4L7.8 13H20z',
  'arrow-right': 'M4 11h12.2l-5.6-5.6L12 4l8 8-8 8-1.4-1.4 5.6-5.6H4z',
  calendar: 'M7 2h2v2h6V2h2v2h3v18H4V4h3V2zM6 10v10h12V10H6zm0-2h12V6H6v2z',
  check: 'M9.5 16.2 4.8 11.5l-1.6 1.6 6.3 6.3L21 7.9l-1.6-1.6z',
  'chevron-down': 'M7.4 8.6 12 13.2l4.6-4.6L18 10l-6 6-6-6z',
  'chevron-right': 'M8.6 7.4 13.2 12l-4.6 4.6L10 18l6-6-6-6z',
  close:
    'M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z',
  download: 'M11 3h2v9.2l3.6-3.6L18 10l-6 6-6-6 1.4-1.4 3.6 3.6V3zM4 18h16v2H4z',
  error: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1 5h2v7h-2V7zm0 9h2v2h-2v-2z',
  external: 'M14 3h7v7h-2V6.4l-9.3 9.3-1.4-1.4L17.6 5H14V3zM5 5h6v2H5v12h12v-6h2v8H3V5h2z',
  info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1 8h2v8h-2v-8zm0-4h2v2h-2V6z',
  mail: 'M3 5h18v14H3V5zm2 2v.5l7 4.4 7-4.4V7H5zm14 2.8-7 4.4-7-4.4V17h14V9.8z',
  minus: 'M5 11h14v2H5z',
  phone: 'M6.6 2 10 5.4 8.2 7.8a12 12 0 0 0 8 8l2.4-1.8L22 17.4 19.4 21C10 21 3 14 3 4.6L6.6 2z',
  plus: 'M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z',
  search:
    'M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z',
  success:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1.5 14.2-4.2-4.2 1.4-1.4 2.8 2.8 5.8-5.8 1.4 1.4-7.2 7.2z',
  warning: 'M12 2 1 21h22L12 2zm-1 7h2v6h-2V9zm0 8h2v2h-2v-2z',
} as const;

export type IconName = keyof typeof icons;
