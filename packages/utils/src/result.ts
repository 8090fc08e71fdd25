/** A message for citizens, in German and English. */
export interface Message {
  readonly de: string;
  readonly en: string;
}

export interface Valid<T> {
  readonly valid: true;
  /** The normalised value (e.g. an IBAN without spaces, an ISO date, an E.164 number). */
  readonly value: T;
}

export interface Invalid<C extends string> {
  readonly valid: false;
  /** Stable error code (public API; see the README). */
  readonly code: C;
  readonly message: Message;
}

/** The result of every validator: never thrown, always returned. */
export type ValidationResult<T, C extends string> = Valid<T> | Invalid<C>;

/** Codes every validator can return for input that is not a usable string. */
export type CommonCode = 'invalid-type' | 'empty' | 'too-long';

export const valid = <T>(value: T): Valid<T> => ({ valid: true, value });

export const invalid = <C extends string>(code: C, de: string, en: string): Invalid<C> => ({
  valid: false,
  code,
  message: { de, en },
});
