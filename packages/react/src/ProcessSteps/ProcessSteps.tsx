import { forwardRef } from 'react';
import type { OlHTMLAttributes, ReactNode } from 'react';
import { cx } from '../internal/cx.js';
import { devWarning } from '../internal/dev.js';
import { textsFor } from '../locale/messages.js';
import type { Locale, Texts } from '../locale/messages.js';

const TEXTS: Texts<{ label: string; done: string }> = {
  de: { label: 'Schritte des Antrags', done: 'abgeschlossen' },
  en: { label: 'Steps of the application', done: 'completed' },
};

export type ProcessStepsProps = Omit<OlHTMLAttributes<HTMLOListElement>, 'children'> & {
  /** The names of the steps, in order. */
  steps: ReactNode[];
  /**
   * Index (from 0) of the step the user is on. Steps before it are done, steps after it upcoming;
   * `steps.length` marks every step as done.
   */
  current: number;
  /**
   * Accessible name of the list.
   * @default 'Schritte des Antrags' (de) / 'Steps of the application' (en)
   */
  'aria-label'?: string;
  /**
   * Language of the default texts (the list's name and the hidden „abgeschlossen“).
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * The steps of an application as an ordered list: done steps (with a check mark and a hidden
 * „abgeschlossen“), the current step (`aria-current="step"`) and the upcoming ones. Shows progress; it is no
 * navigation. Renders `<ol class="sk-process-steps">`.
 */
export const ProcessSteps = forwardRef<HTMLOListElement, ProcessStepsProps>(function ProcessSteps(
  { steps, current, locale, className, 'aria-label': ariaLabel, ...rest },
  ref,
) {
  const texts = textsFor(TEXTS, locale);
  if (
    process.env.NODE_ENV !== 'production' &&
    !(Number.isInteger(current) && current >= 0 && current <= steps.length)
  )
    devWarning(
      `ProcessSteps: current is ${String(current)}, but it must be a whole number from 0 to ${String(steps.length)} (the number of steps).`,
    );
  return (
    <ol
      ref={ref}
      className={cx('sk-process-steps', className)}
      aria-label={ariaLabel ?? texts.label}
      {...rest}
    >
      {steps.map((step, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : undefined;
        return (
          <li
            key={index}
            className={cx('sk-process-steps__step', state && `sk-process-steps__step--${state}`)}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="sk-process-steps__marker" aria-hidden="true">
              {state === 'done' ? null : index + 1}
            </span>
            <span className="sk-process-steps__label">
              {step}
              {state === 'done' ? (
                <span className="sk-process-steps__status">{` – ${texts.done}`}</span>
              ) : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
});
if (process.env.NODE_ENV !== 'production') ProcessSteps.displayName = 'ProcessSteps';
