import { invalid } from '../result.js';
import type { Invalid, Message } from '../result.js';

/** Zero-width and invisible formatting characters that copy-and-paste brings along. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

export interface NormalizeOptions {
  /** Longest accepted input before normalisation; protects against huge strings. */
  readonly maxLength: number;
  /** What the field asks for, used in the "empty" message. */
  readonly empty: Message;
  /** Remove all white space (for codes such as IBAN); otherwise only trim. */
  readonly stripSpaces?: boolean;
}

/**
 * Turns unknown input into a clean string, or a typed failure. Numbers are accepted as their
 * decimal digits. NFKC folds full-width digits and letters to ASCII; invisible characters go.
 * Never throws.
 */
export function normalizeInput(
  input: unknown,
  options: NormalizeOptions,
):
  | { ok: true; text: string }
  | { ok: false; failure: Invalid<'invalid-type' | 'empty' | 'too-long'> } {
  let raw: string;
  if (typeof input === 'string') raw = input;
  else if (typeof input === 'number' && Number.isSafeInteger(input) && input >= 0)
    raw = String(input);
  else if (input === null || input === undefined) {
    return { ok: false, failure: invalid('empty', options.empty.de, options.empty.en) };
  } else {
    return {
      ok: false,
      failure: invalid(
        'invalid-type',
        'Die Eingabe konnte nicht gelesen werden. Geben Sie den Wert als Text ein.',
        'The input could not be read. Enter the value as text.',
      ),
    };
  }
  // Allow generous room for spaces and separators before normalising; reject huge input early.
  if (raw.length > options.maxLength * 4 + 16)
    return { ok: false, failure: tooLong(options.maxLength) };
  let text = raw.normalize('NFKC').replace(INVISIBLE, '');
  text = options.stripSpaces
    ? text.replace(/[\s\u2010-\u2015-]+/g, '')
    : text.trim().replace(/\s+/g, ' ');
  if (text === '')
    return { ok: false, failure: invalid('empty', options.empty.de, options.empty.en) };
  if (text.length > options.maxLength) return { ok: false, failure: tooLong(options.maxLength) };
  return { ok: true, text };
}

function tooLong(max: number): Invalid<'too-long'> {
  return invalid(
    'too-long',
    `Die Eingabe ist zu lang. Sie darf höchstens ${max} Zeichen haben.`,
    `The input is too long. It can have at most ${max} characters.`,
  );
}
