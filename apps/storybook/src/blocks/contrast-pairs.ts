// The data of <ContrastPairs component="…" />: the colour pairs a component declares next to its CSS
// (packages/css/src/components/<name>.pairs.json, checked by the CSS build against the tokens' contrast gate) with
// the ratio the gate measured for each in every theme and scheme (@stadtkern/tokens/json/contrast.json). Nothing
// here is written by hand: a new pair, a new theme or a changed colour changes the table with the next build.
import contrast from '@stadtkern/tokens/json/contrast.json';
import themeList from '@stadtkern/tokens/themes.json';

export type PairKind = 'text' | 'large-text' | 'non-text';

interface DeclaredPair {
  fg: string;
  bg: string | string[];
  kind: PairKind;
  states: string[];
  why: string;
}

interface Declaration {
  pairs: DeclaredPair[];
  decorative?: { token: string; why: string }[];
}

interface GateRow {
  foreground: string;
  background: string;
  ratio: number;
  required: number;
}

const declarations = import.meta.glob<Declaration>(
  '../../../../packages/css/src/components/*.pairs.json',
  { eager: true, import: 'default' },
);
const gate = contrast as Record<string, GateRow[]>;

export const KIND_LABEL: Record<PairKind, string> = {
  text: 'Text',
  'large-text': 'Großer Text',
  'non-text': 'Nicht-Text',
};

/** The states of the pairs files in German; a state not listed here is shown as written. */
const STATE_LABEL: Record<string, string> = {
  default: 'Standard',
  hover: 'Hover',
  active: 'gedrückt',
  focus: 'Fokus',
  disabled: 'deaktiviert',
  'read-only': 'schreibgeschützt',
  error: 'Fehler',
  checked: 'ausgewählt',
  selected: 'gewählt',
  current: 'aktuell',
  visited: 'besucht',
  placeholder: 'Platzhalter',
  'drag-over': 'Datei über der Ablagefläche',
  done: 'erledigt',
  'over-limit': 'über der Grenze',
  strong: 'Variante stark',
  striped: 'gestreift',
  card: 'Karte',
  muted: 'gedämpft',
  alert: 'Warndialog',
  info: 'Info',
  success: 'Erfolg',
  warning: 'Warnung',
  danger: 'Fehler',
};

/** „default, hover“ → „Standard, Hover“ */
export const statesLabel = (states: string[]) =>
  states.map((state) => STATE_LABEL[state] ?? state).join(', ');

export const SCHEMES = [
  { id: 'light', label: 'hell' },
  { id: 'dark', label: 'dunkel' },
] as const;

export interface Measured {
  /** The ratio the gate measured, undefined when the gate does not check the pair in this theme and scheme. */
  ratio?: number;
  required?: number;
  passes: boolean;
}

export interface PairRow {
  component: string;
  fg: string;
  bg: string;
  kind: PairKind;
  states: string[];
  /** theme id → scheme → what the gate measured */
  measured: Record<string, Record<(typeof SCHEMES)[number]['id'], Measured>>;
}

export interface ContrastTable {
  themes: { id: string; name: string }[];
  rows: PairRow[];
  /** Colour tokens drawn in no pair (separators and the like), each with its component. */
  decorative: { component: string; token: string }[];
  /** Components of the list without a pairs file (they set no colour token of their own). */
  withoutPairs: string[];
}

/** The declaration of one component file, by its name (`button`, `text-input`). */
export function declarationOf(component: string): Declaration | undefined {
  return declarations[`../../../../packages/css/src/components/${component}.pairs.json`];
}

/** The rows of one or more component files: one per declared foreground × background. */
export function contrastTable(components: string[]): ContrastTable {
  const themes = (themeList as { id: string; name: string }[]).map(({ id, name }) => ({
    id,
    name,
  }));
  const rows: PairRow[] = [];
  const decorative: ContrastTable['decorative'] = [];
  const withoutPairs: string[] = [];
  for (const component of components) {
    const declaration = declarationOf(component);
    if (!declaration) {
      withoutPairs.push(component);
      continue;
    }
    for (const pair of declaration.pairs)
      for (const bg of Array.isArray(pair.bg) ? pair.bg : [pair.bg]) {
        const measured: PairRow['measured'] = {};
        for (const { id } of themes) {
          const per = {} as PairRow['measured'][string];
          for (const scheme of SCHEMES) {
            const found = gate[`${id}/${scheme.id}`]?.find(
              (row) => row.foreground === pair.fg && row.background === bg,
            );
            per[scheme.id] = found
              ? {
                  ratio: found.ratio,
                  required: found.required,
                  passes: found.ratio >= found.required,
                }
              : { passes: false };
          }
          measured[id] = per;
        }
        rows.push({ component, fg: pair.fg, bg, kind: pair.kind, states: pair.states, measured });
      }
    for (const { token } of declaration.decorative ?? []) decorative.push({ component, token });
  }
  return { themes, rows, decorative, withoutPairs };
}

/** 4.5 → „4,5“, 10.82 → „10,82“ */
export const ratioLabel = (ratio: number) =>
  ratio.toLocaleString('de-DE', { maximumFractionDigits: 2 });
