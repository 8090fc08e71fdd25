import { forwardRef, useId } from 'react';
import { Fieldset } from '../Fieldset/Fieldset.js';
import type { FieldsetProps } from '../Fieldset/Fieldset.js';
import type { DistributiveOmit } from '../internal/types.js';
import { cx } from '../internal/cx.js';
import { textsFor } from '../locale/messages.js';
import type { Texts } from '../locale/messages.js';

const LABELS: Texts<Record<DatePart, string>> = {
  de: { day: 'Tag', month: 'Monat', year: 'Jahr' },
  en: { day: 'Day', month: 'Month', year: 'Year' },
};

export type DatePart = 'day' | 'month' | 'year';
const PARTS: DatePart[] = ['day', 'month', 'year'];
const AUTOCOMPLETE: Record<DatePart, string> = {
  day: 'bday-day',
  month: 'bday-month',
  year: 'bday-year',
};

export type DateInputProps = DistributiveOmit<
  FieldsetProps,
  'children' | 'defaultValue' | 'onChange'
> & {
  /** Prefix of the three field names: `<name>-day`, `<name>-month`, `<name>-year`. */
  name: string;
  /** Initial values of the fields. @default undefined */
  defaultValue?: Partial<Record<DatePart, string>>;
  /**
   * Which fields the error is about (they get `aria-invalid`); with an `error` and no list, all three.
   * @default undefined
   */
  errorFields?: DatePart[];
  /**
   * Prefix of the three fields' ids: `<idPrefix>-day`, `<idPrefix>-month`, `<idPrefix>-year`, so that an
   * `ErrorSummary` link can point to the first field in error (`#geburtsdatum-day`).
   * @default generated (unique on the page, the same on server and client)
   */
  idPrefix?: string;
  /**
   * Adds the `bday-*` autocomplete tokens, for a date of birth.
   * @default false
   */
  birthday?: boolean;
};

/**
 * A date as three fields — day, month, year — in a fieldset, as recommended by KERN and GOV.UK for
 * dates people know (date of birth). Validate with `validateDateParts` from `@stadtkern/utils`.
 */
export const DateInput = forwardRef<HTMLFieldSetElement, DateInputProps>(function DateInput(
  { name, defaultValue, errorFields, idPrefix, birthday = false, error, locale, ...rest },
  ref,
) {
  const generated = useId();
  const base = idPrefix ?? generated;
  const labels = textsFor(LABELS, locale);
  const invalid = (part: DatePart) =>
    Boolean(error) && (errorFields === undefined || errorFields.includes(part));
  return (
    <Fieldset ref={ref} error={error} locale={locale} {...rest}>
      <div className="sk-date-input">
        {PARTS.map((part) => (
          <div key={part} className="sk-date-input__item">
            <label className="sk-date-input__label" htmlFor={`${base}-${part}`}>
              {labels[part]}
            </label>
            <input
              id={`${base}-${part}`}
              name={`${name}-${part}`}
              className={cx(
                'sk-date-input__input',
                part === 'year' && 'sk-date-input__input--year',
              )}
              type="text"
              inputMode="numeric"
              spellCheck={false}
              maxLength={part === 'year' ? 4 : 2}
              autoComplete={birthday ? AUTOCOMPLETE[part] : undefined}
              defaultValue={defaultValue?.[part]}
              aria-invalid={invalid(part) || undefined}
            />
          </div>
        ))}
      </div>
    </Fieldset>
  );
});
if (process.env.NODE_ENV !== 'production') DateInput.displayName = 'DateInput';
