// The page's state: what the designer entered (kept in the tab's sessionStorage, so a re-render of the docs page
// after a toolbar switch keeps it), its field errors, and the engine's run on it.
import { useEffect, useMemo, useState } from 'react';
import themes from '@stadtkern/tokens/themes.json';
import { THEME_ID_RE, isThemeColour, workshopTheme } from '@stadtkern/tokens/engine';
import type { Workshop } from './german';

/** The fonts the token build self-hosts today: the families of the existing theme folders. */
const themeFiles = import.meta.glob<{ font?: { family?: string } }>(
  '../../../../packages/tokens/themes/*/theme.json',
  { eager: true, import: 'default' },
);
export const SELF_HOSTED_FONTS = [
  ...new Set(Object.values(themeFiles).flatMap((t) => (t.font?.family ? [t.font.family] : []))),
].sort((a, b) => a.localeCompare(b, 'de'));

export const RADII = ['0px', '2px', '4px', '8px'];
const EXISTING_IDS = themes.map((t) => t.id);

export interface Input {
  name: string;
  id: string;
  primary: string;
  neutral: string;
  font: string;
  radius: string;
  /**
   * command: decide as the theme command does (the brand colour fills the buttons where white text on it passes,
   * links take the nearest step that passes everywhere); brand: the exact brand colour for buttons and links alike,
   * to see which pairs it fails.
   */
  action: 'command' | 'brand';
  /** The designer typed an id: a new name no longer replaces it. */
  idEdited: boolean;
}

export interface FieldErrors {
  name?: string;
  id?: string;
  primary?: string;
  neutral?: string;
}

const DEFAULT_INPUT: Input = {
  name: 'Musterstadt',
  id: 'musterstadt',
  primary: '#005a9f',
  neutral: '',
  font: SELF_HOSTED_FONTS[0] ?? 'Fira Sans',
  radius: '4px',
  action: 'command',
  idEdited: false,
};

/** A theme id from a city name: lower-case kebab-case, umlauts written out (München → muenchen). */
export function themeIdFrom(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The German message of every field the engine would refuse (its THEME_ID_RE and isThemeColour). */
export function fieldErrors(input: Input): FieldErrors {
  const errors: FieldErrors = {};
  if (input.name.trim() === '') errors.name = 'Geben Sie den Namen der Stadt oder des Landes ein.';
  if (!THEME_ID_RE.test(input.id))
    errors.id =
      'Die Theme-ID besteht aus Kleinbuchstaben, Ziffern und Bindestrichen, zum Beispiel „bad-homburg“.';
  else if (EXISTING_IDS.includes(input.id))
    errors.id = `Das Theme „${input.id}“ gibt es schon. Wählen Sie eine andere ID.`;
  if (!isThemeColour(input.primary))
    errors.primary =
      'Geben Sie die Markenfarbe als Hex-Farbe mit 6 Stellen ein, zum Beispiel #005a9f.';
  if (input.neutral !== '' && !isThemeColour(input.neutral))
    errors.neutral =
      'Geben Sie den Farbton als Hex-Farbe mit 6 Stellen ein, zum Beispiel #3a4a5c, oder lassen Sie das Feld leer.';
  return errors;
}

// Version 2: the action choice became 'command' | 'brand' (it was 'brand' | 'nearest', with 'brand' the default).
const STORAGE_KEY = 'stadtkern-theme-werkstatt-2';

function storedInput(): Input {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    if (!stored || typeof stored !== 'object') return DEFAULT_INPUT;
    const input: Input = { ...DEFAULT_INPUT, ...stored };
    return input.action === 'brand' ? input : { ...input, action: 'command' };
  } catch {
    return DEFAULT_INPUT;
  }
}

/** What the designer entered; kept when the docs page re-renders (e.g. after a toolbar switch). */
export function useInput() {
  const [input, setInput] = useState<Input>(storedInput);
  useEffect(() => {
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(input));
    } catch {
      // Storage may be off (private mode): the page works, it only forgets on the next re-render.
    }
  }, [input]);
  const set = (patch: Partial<Input>) => {
    setInput((old) => ({ ...old, ...patch }));
  };
  return [input, set] as const;
}

export type Run =
  | { state: 'invalid'; errors: FieldErrors }
  | { state: 'running'; errors: FieldErrors }
  | { state: 'error'; errors: FieldErrors; input: Input; message: string }
  | { state: 'done'; errors: FieldErrors; input: Input; result: Workshop };

/** Runs the engine on valid input, once typing pauses; the run that belongs to the current input. */
export function useWorkshopRun(input: Input): Run {
  const errors = useMemo(() => fieldErrors(input), [input]);
  const valid = Object.keys(errors).length === 0;
  // The last finished run; while it belongs to an older input, a new run is under way.
  const [outcome, setOutcome] = useState<
    | { input: Input; state: 'done'; result: Workshop }
    | { input: Input; state: 'error'; message: string }
  >();

  useEffect(() => {
    if (!valid) return undefined;
    let current = true;
    // Typing a colour runs the gate once it is complete, not on every keystroke.
    const timer = setTimeout(() => {
      workshopTheme({
        id: input.id,
        name: input.name.trim(),
        primary: input.primary,
        neutral: input.neutral || undefined,
        font: input.font,
        radius: input.radius,
        keepBrandAction: input.action === 'brand',
      }).then(
        (result) => {
          if (current) setOutcome({ input, state: 'done', result });
        },
        (error: unknown) => {
          if (current)
            setOutcome({
              input,
              state: 'error',
              message: error instanceof Error ? error.message : String(error),
            });
        },
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [input, valid]);

  if (!valid) return { state: 'invalid', errors };
  if (outcome?.input !== input) return { state: 'running', errors };
  return { ...outcome, errors };
}
