import { cx } from './cx.js';

/** Joins ids for aria-describedby, skipping empty ones; undefined when none is left. */
export const describedBy = cx;
