import allValues from '@stadtkern/tokens/json/all.json';
import contrast from '@stadtkern/tokens/json/contrast.json';

export type Scheme = 'light' | 'dark';
type Values = Record<string, string>;

export interface ContrastRow {
  foreground: string;
  background: string;
  foregroundValue: string;
  backgroundValue: string;
  ratio: number;
  required: number;
}

const values = allValues as Record<string, Record<Scheme, Values>>;
const ratios = contrast as Record<string, ContrastRow[]>;

export const schemeOf = (value: unknown): Scheme => (value === 'dark' ? 'dark' : 'light');

/** Resolved token values of a theme and scheme, as the build wrote them. */
export function tokenValues(theme: string, scheme: Scheme): Values {
  return values[theme]?.[scheme] ?? values.kern?.[scheme] ?? {};
}

/** The contrast gate's results for a theme and scheme. */
export function contrastRows(theme: string, scheme: Scheme): ContrastRow[] {
  return ratios[`${theme}/${scheme}`] ?? [];
}

/** `color.action.default` → `--sk-color-action-default` */
export const cssName = (path: string): string => `--sk-${path.replaceAll('.', '-')}`;
