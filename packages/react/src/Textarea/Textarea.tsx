'use client';
import { ANNOUNCE_DELAY_MS, characterCountTexts } from '@stadtkern/web/character-count';
import { forwardRef, useEffect, useId, useState } from 'react';
import type { ChangeEvent, TextareaHTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';

/**
 * The limit stated under the field. The counter texts and the announcement delay are those of
 * `@stadtkern/web`'s character count, which plain HTML uses: one source for both.
 */
const LIMIT: Texts<(n: number) => string> = {
  de: (n) => `Sie können bis zu ${String(n)} Zeichen eingeben.`,
  en: (n) => `You can enter up to ${String(n)} characters.`,
};

export type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  /**
   * Shows a character counter for this limit. Typing past it is allowed (and shown as an error state),
   * so nobody loses pasted text; validate the length on submit.
   * @default undefined
   */
  maxCharacters?: number;
  /**
   * Language of the counter texts.
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * A multi-line text field with an optional character counter. The visible counter updates as you
 * type; screen readers hear it politely once typing pauses. `className` goes to the wrapper
 * `.sk-textarea`; other props and the ref go to the `<textarea>`.
 */
export const Textarea = forwardRef<HTMLTextAreaElement, TextareaProps>(function Textarea(
  {
    maxCharacters,
    locale,
    className,
    onChange,
    value,
    defaultValue,
    'aria-describedby': ariaDescribedBy,
    ...rest
  },
  ref,
) {
  const base = useId();
  const texts = textsFor(characterCountTexts, locale);
  const initial = String(value ?? defaultValue ?? '').length;
  const [length, setLength] = useState(initial);
  const current = value === undefined ? length : String(value).length;
  const remaining = maxCharacters === undefined ? 0 : maxCharacters - current;
  const message = remaining >= 0 ? texts.left(remaining) : texts.over(-remaining);
  const [announced, setAnnounced] = useState('');
  // Announce only after the person has typed: not on the first render, but also when they delete back
  // to the starting length.
  const [touched, setTouched] = useState(false);

  useEffect(() => {
    if (maxCharacters === undefined || !touched) return undefined;
    const timer = setTimeout(() => {
      setAnnounced(message);
    }, ANNOUNCE_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [current, touched, maxCharacters, message]);

  const limitId = maxCharacters === undefined ? undefined : `${base}-limit`;
  return (
    <div className={cx('sk-textarea', remaining < 0 && 'sk-textarea--over-limit', className)}>
      <textarea
        ref={ref}
        className="sk-textarea__input"
        value={value}
        defaultValue={defaultValue}
        aria-describedby={cx(ariaDescribedBy, limitId)}
        // The same markup contract as @stadtkern/web's character count, so plain HTML copied from here works.
        data-sk-max-characters={maxCharacters}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => {
          setLength(event.target.value.length);
          setTouched(true);
          onChange?.(event);
        }}
        {...rest}
      />
      {maxCharacters === undefined ? null : (
        <>
          <span id={limitId} className="sk-textarea__status">
            {textsFor(LIMIT, locale)(maxCharacters)}
          </span>
          <p className="sk-textarea__counter" aria-hidden="true">
            {message}
          </p>
          <span className="sk-textarea__status" aria-live="polite">
            {announced}
          </span>
        </>
      )}
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') Textarea.displayName = 'Textarea';
