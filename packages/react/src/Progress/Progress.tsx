import { forwardRef, useId } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';

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
   * @default the percentage, e.g. '40 %'
   */
  valueText?: string;
  /** Id of the `<progress>` element. @default generated */
  id?: string;
};

const percent = (value: number, max: number) => `${String(Math.round((value / max) * 100))} %`;

/** A labelled native `<progress>` bar with its value as text. Ref goes to the `<progress>`. */
export const Progress = forwardRef<HTMLProgressElement, ProgressProps>(function Progress(
  { label, value, max = 100, valueText, id, className, ...rest },
  ref,
) {
  const generated = useId();
  const barId = id ?? `${generated}-progress`;
  const clamped = value === undefined ? undefined : Math.min(Math.max(value, 0), max);
  const text = valueText ?? (clamped === undefined ? undefined : percent(clamped, max));
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
