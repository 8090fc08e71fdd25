// The page's German wording of what the engine returns as data: scheme names and contrast ratios (1,51 : 1).
import type { workshopTheme } from '@stadtkern/tokens/engine';

export type Workshop = Awaited<ReturnType<typeof workshopTheme>>;
export type PairResult = NonNullable<Workshop['results']['light']>[number];
export type Scheme = 'light' | 'dark';

export const SCHEMES: readonly Scheme[] = ['light', 'dark'];
export const SCHEME_LABEL: Record<Scheme, string> = { light: 'Hell', dark: 'Dunkel' };

/** A contrast ratio the German way: 4,52 : 1. */
export const ratio = (n: number) => `${n.toFixed(2).replace('.', ',')} : 1`;
/** A minimum the German way: 4,5 : 1. */
export const minimum = (n: number) => `${String(n).replace('.', ',')} : 1`;
