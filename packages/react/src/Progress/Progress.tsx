import { forwardRef, useId } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';

export type ProgressProps = Omit<HTMLAttributes<HTMLDivElement>, 'children'> & {
  /** Visible label that names the progress bar, e.g. „Hochladen von antrag.pdf“. */
  label: ReactNode;
  /** Current value; leave it out for an indeterminate bar. @default undefined */
  value?: number;
  /**
   * The value at completion.
   * @default 100
   */
  max?: number;
  /**
   * Text shown next to the bar.
   * @default the percentage in the `locale`'s form: '40 %' (de, with a no-break space) / '40%' (en)
   */
  valueText?: string;
  /** Id of the `<progress>` element. @default generated */
  id?: string;
  /**
   * Language of the default value text.
   * @default 'de'
   */
  locale?: Locale;
};

/** The share as a whole percentage, as each language writes it (Unicode CLDR through `Intl`): „40 %“, „40%“. */
const TEXTS: Texts<{ percent: (share: number) => string }> = {
  de: { percent: (share) => new Intl.NumberFormat('de', { style: 'percent' }).format(share) },
  en: { percent: (share) => new Intl.NumberFormat('en', { style: 'percent' }).format(share) },
};

/** A labelled native `<progress>` bar with its value as text. Ref goes to the `<progress>`. */
export const Progress = forwardRef<HTMLProgressElement, ProgressProps>(function Progress(
  { label, value, max = 100, valueText, id, locale, className, ...rest },
  ref,
) {
  const generated = useId();
  const barId = id ?? `${generated}-progress`;
  const clamped = value === undefined ? undefined : Math.min(Math.max(value, 0), max);
  const text =
    valueText ??
    (clamped === undefined ? undefined : textsFor(TEXTS, locale).percent(clamped / max));
  return (
    <div className={cx('sk-progress', className)} {...rest}>
      <label className="sk-progress__label" htmlFor={barId}>
        {label}
      </label>
      <progress
        ref={ref}
        id={barId}
        className="sk-progress__bar"
        max={max}
        value={clamped}
        aria-valuetext={text}
      />
      {text === undefined ? null : (
        <span className="sk-progress__value" aria-hidden="true">
          {text}
        </span>
      )}
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') Progress.displayName = 'Progress';
