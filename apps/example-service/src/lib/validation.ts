// Server-side checks of every question, with the validators of @stadtkern/utils: the same rules the
// pages describe, run again on whatever the request carries (hidden fields included).
import {
  validateDateParts,
  validateIban,
  validateLicensePlate,
  validatePostalCode,
} from '@stadtkern/utils';
import { KEEPER_LABELS } from './application';
import type { Answers, Keeper, QuestionStep } from './application';

/** An error on the page: the id of the field it is about (the summary links to it) and the message. */
export interface FieldError {
  field: string;
  message: string;
}

/** What a question's form sent, as text (file fields are checked separately). */
export type Values = Record<string, string>;

export interface Checked {
  answers: Partial<Answers>;
  errors: FieldError[];
}

const MAX_TEXT = 100;
const text = (values: Values, name: string): string => (values[name] ?? '').trim().slice(0, 500);

function required(
  values: Values,
  name: string,
  empty: string,
  errors: FieldError[],
  id: string = name,
): string | undefined {
  const value = text(values, name);
  if (value === '') {
    errors.push({ field: id, message: empty });
    return undefined;
  }
  if (value.length > MAX_TEXT) {
    errors.push({ field: id, message: `Die Angabe darf höchstens ${MAX_TEXT} Zeichen lang sein.` });
    return undefined;
  }
  return value;
}

/** The youngest applicant's date of birth: 16 years ago today (local date of the server). */
export function latestBirthDate(today: Date = new Date()): string {
  const date = new Date(today.getFullYear() - 16, today.getMonth(), today.getDate());
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const DATE_FIELD: Record<string, 'day' | 'month' | 'year'> = {
  'missing-day': 'day',
  'invalid-day': 'day',
  'missing-month': 'month',
  'invalid-month': 'month',
  'missing-year': 'year',
  'invalid-year': 'year',
};

const KEEPERS = Object.keys(KEEPER_LABELS) as Keeper[];

export function checkStep(step: Exclude<QuestionStep, 'nachweise'>, values: Values): Checked {
  const errors: FieldError[] = [];
  switch (step) {
    case 'wohnsitz': {
      const zone = text(values, 'zone');
      if (zone !== 'ja' && zone !== 'nein') {
        errors.push({
          field: 'zone-ja',
          message: 'Wählen Sie aus, ob Sie in einem Bewohnerparkgebiet wohnen.',
        });
        return { answers: {}, errors };
      }
      return { answers: { zone }, errors };
    }
    case 'person': {
      const firstName = required(values, 'vorname', 'Geben Sie Ihren Vornamen ein.', errors);
      const lastName = required(values, 'nachname', 'Geben Sie Ihren Nachnamen ein.', errors);
      const parts = {
        day: text(values, 'geburtsdatum-day'),
        month: text(values, 'geburtsdatum-month'),
        year: text(values, 'geburtsdatum-year'),
      };
      const date = validateDateParts(parts, { past: true });
      let birthDate: string | undefined;
      if (!date.valid) {
        const message = date.code === 'empty' ? 'Geben Sie Ihr Geburtsdatum ein.' : date.message.de;
        errors.push({ field: `geburtsdatum-${DATE_FIELD[date.code] ?? 'day'}`, message });
      } else if (date.value > latestBirthDate()) {
        errors.push({
          field: 'geburtsdatum-day',
          message:
            'Sie müssen mindestens 16 Jahre alt sein, um einen Bewohnerparkausweis zu beantragen.',
        });
      } else {
        birthDate = date.value;
      }
      return { answers: { firstName, lastName, birthDate }, errors };
    }
    case 'adresse': {
      const street = required(values, 'strasse', 'Geben Sie Ihre Straße ein.', errors);
      const houseNumber = text(values, 'hausnummer');
      if (houseNumber === '') {
        errors.push({ field: 'hausnummer', message: 'Geben Sie Ihre Hausnummer ein.' });
      } else if (
        !/^\d{1,4}(?:\s?[a-zA-Z])?(?:\s?[-/]\s?\d{1,4}(?:\s?[a-zA-Z])?)?$/.test(houseNumber)
      ) {
        errors.push({
          field: 'hausnummer',
          message: 'Geben Sie die Hausnummer mit Ziffern ein, zum Beispiel 12 oder 12a.',
        });
      }
      const plz = validatePostalCode(text(values, 'plz'));
      if (!plz.valid) {
        errors.push({
          field: 'plz',
          message: plz.code === 'empty' ? 'Geben Sie Ihre Postleitzahl ein.' : plz.message.de,
        });
      }
      const town = required(values, 'ort', 'Geben Sie Ihren Wohnort ein.', errors);
      return {
        answers: {
          street,
          houseNumber: houseNumber || undefined,
          postalCode: plz.valid ? plz.value : undefined,
          town,
        },
        errors,
      };
    }
    case 'fahrzeug': {
      const plate = validateLicensePlate(text(values, 'kennzeichen'));
      if (!plate.valid) {
        errors.push({
          field: 'kennzeichen',
          message:
            plate.code === 'empty'
              ? 'Geben Sie das Kennzeichen Ihres Fahrzeugs ein.'
              : plate.message.de,
        });
      }
      const keeper = text(values, 'halter') as Keeper;
      if (!KEEPERS.includes(keeper)) {
        errors.push({
          field: 'halter-halter',
          message: 'Wählen Sie aus, auf wen das Fahrzeug zugelassen ist.',
        });
      }
      return {
        answers: {
          plate: plate.valid ? plate.value : undefined,
          keeper: KEEPERS.includes(keeper) ? keeper : undefined,
        },
        errors,
      };
    }
    case 'zahlung': {
      const accountHolder = required(
        values,
        'kontoinhaber',
        'Geben Sie den Namen der Kontoinhaberin oder des Kontoinhabers ein.',
        errors,
      );
      const iban = validateIban(text(values, 'iban'));
      if (!iban.valid) {
        errors.push({
          field: 'iban',
          message: iban.code === 'empty' ? 'Geben Sie Ihre IBAN ein.' : iban.message.de,
        });
      }
      const mandate = text(values, 'mandat') === 'ja';
      if (!mandate) {
        errors.push({
          field: 'mandat',
          message:
            'Bestätigen Sie das SEPA-Lastschriftmandat, damit wir die Gebühr abbuchen können.',
        });
      }
      return {
        answers: {
          accountHolder,
          iban: iban.valid ? iban.value : undefined,
          mandate: mandate || undefined,
        },
        errors,
      };
    }
  }
}

/** The form values a page shows again: the draft after an error, otherwise the saved answers. */
export function valuesOf(answers: Answers): Values {
  const [year = '', month = '', day = ''] = (answers.birthDate ?? '').split('-');
  const entries: [string, string | undefined][] = [
    ['zone', answers.zone],
    ['vorname', answers.firstName],
    ['nachname', answers.lastName],
    ['geburtsdatum-day', day.replace(/^0/, '')],
    ['geburtsdatum-month', month.replace(/^0/, '')],
    ['geburtsdatum-year', year],
    ['strasse', answers.street],
    ['hausnummer', answers.houseNumber],
    ['plz', answers.postalCode],
    ['ort', answers.town],
    ['kennzeichen', answers.plate],
    ['halter', answers.keeper],
    ['kontoinhaber', answers.accountHolder],
    ['iban', answers.iban],
    ['mandat', answers.mandate ? 'ja' : undefined],
  ];
  return Object.fromEntries(entries.filter((e): e is [string, string] => Boolean(e[1])));
}
