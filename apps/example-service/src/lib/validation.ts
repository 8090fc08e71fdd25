// Server-side checks of every question, with the validators of @stadtkern/utils: the same rules the
// pages describe, run again on whatever the request carries (hidden fields included).
import {
  validateDateParts,
  validateIban,
  validateLicensePlate,
  validatePostalCode,
} from '@stadtkern/utils';
import type { DatePart } from '@stadtkern/utils';
import { KEEPER_LABELS } from './application';
import type { Answers, Keeper, QuestionStep } from './application';

/** An error on the page: the element it is about, what to say, and what found it. */
export interface FieldError {
  /** The id of the element the error is about: the error summary links to `#<fieldId>`. */
  fieldId: string;
  message: string;
  /**
   * What is wrong, for code to branch on (never the message): the @stadtkern/utils validator's code, or
   * the service's own (`empty`, `too-long`, `no-letter`, `invalid-format`, `too-young`, `file-empty`, `file-too-large`,
   * `file-type`, `image-too-large`, `image-damaged`, `pdf-active`, `pdf-embedded`, `pdf-html`, `pdf-unchecked`,
   * `virus`, `scan-failed`).
   */
  code: string;
  /** For a date: the boxes that are wrong (the validator's `fields`), the ones the DateInput marks. */
  dateFields?: DatePart[];
}

/** What a question's form sent, as text (file fields are checked separately). */
export type Values = Record<string, string>;

export interface Checked {
  answers: Partial<Answers>;
  errors: FieldError[];
}

const MAX_TEXT = 100;

/**
 * Text as the service keeps it: Unicode NFC, without control and format characters (zero-width
 * spaces and joiners, bidirectional overrides such as U+202E, soft hyphens), trimmed.
 */
export const cleanText = (value: string): string =>
  value
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim();

const text = (values: Values, name: string): string =>
  cleanText((values[name] ?? '').slice(0, 500));

interface RequiredText {
  /** What the form sent. */
  values: Values;
  /** The field's name, also the id of its input. */
  name: string;
  /** The message when nothing was entered. */
  ifEmpty: string;
  /** Where the error goes. */
  errors: FieldError[];
  /** For a name (of a person or place): the message when it has no letter. */
  ifNoLetter?: string;
}

/** A required text field's value, or undefined after adding its error. */
function required({ values, name, ifEmpty, errors, ifNoLetter }: RequiredText): string | undefined {
  const value = text(values, name);
  if (value === '') {
    errors.push({ fieldId: name, message: ifEmpty, code: 'empty' });
    return undefined;
  }
  if (value.length > MAX_TEXT) {
    errors.push({
      fieldId: name,
      message: `Die Angabe darf höchstens ${MAX_TEXT} Zeichen lang sein.`,
      code: 'too-long',
    });
    return undefined;
  }
  if (ifNoLetter !== undefined && !/\p{L}/u.test(value)) {
    errors.push({ fieldId: name, message: ifNoLetter, code: 'no-letter' });
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

const KEEPERS = Object.keys(KEEPER_LABELS) as Keeper[];

export function checkStep(step: Exclude<QuestionStep, 'nachweise'>, values: Values): Checked {
  const errors: FieldError[] = [];
  switch (step) {
    case 'wohnsitz': {
      const zone = text(values, 'zone');
      if (zone !== 'ja' && zone !== 'nein') {
        errors.push({
          fieldId: 'zone-ja',
          message: 'Wählen Sie aus, ob Sie in einem Bewohnerparkgebiet wohnen.',
          code: 'empty',
        });
        return { answers: {}, errors };
      }
      return { answers: { zone }, errors };
    }
    case 'person': {
      const firstName = required({
        values,
        name: 'vorname',
        ifEmpty: 'Geben Sie Ihren Vornamen ein.',
        errors,
        ifNoLetter: 'Der Vorname muss mindestens einen Buchstaben enthalten.',
      });
      const lastName = required({
        values,
        name: 'nachname',
        ifEmpty: 'Geben Sie Ihren Nachnamen ein.',
        errors,
        ifNoLetter: 'Der Nachname muss mindestens einen Buchstaben enthalten.',
      });
      const parts = {
        day: text(values, 'geburtsdatum-day'),
        month: text(values, 'geburtsdatum-month'),
        year: text(values, 'geburtsdatum-year'),
      };
      const date = validateDateParts(parts, { past: true });
      let birthDate: string | undefined;
      if (!date.valid) {
        errors.push({
          // The summary links to the first box in error.
          fieldId: `geburtsdatum-${date.fields[0] ?? 'day'}`,
          message: date.code === 'empty' ? 'Geben Sie Ihr Geburtsdatum ein.' : date.message.de,
          code: date.code,
          dateFields: date.fields,
        });
      } else if (date.value > latestBirthDate()) {
        // The date as a whole is wrong: all three boxes.
        errors.push({
          fieldId: 'geburtsdatum-day',
          message:
            'Sie müssen mindestens 16 Jahre alt sein, um einen Bewohnerparkausweis zu beantragen.',
          code: 'too-young',
          dateFields: ['day', 'month', 'year'],
        });
      } else {
        birthDate = date.value;
      }
      return { answers: { firstName, lastName, birthDate }, errors };
    }
    case 'adresse': {
      const street = required({
        values,
        name: 'strasse',
        ifEmpty: 'Geben Sie Ihre Straße ein.',
        errors,
        ifNoLetter: 'Der Straßenname muss mindestens einen Buchstaben enthalten.',
      });
      const houseNumber = text(values, 'hausnummer');
      if (houseNumber === '') {
        errors.push({
          fieldId: 'hausnummer',
          message: 'Geben Sie Ihre Hausnummer ein.',
          code: 'empty',
        });
      } else if (
        !/^\d{1,4}(?:\s?[a-zA-Z])?(?:\s?[-/]\s?\d{1,4}(?:\s?[a-zA-Z])?)?$/.test(houseNumber)
      ) {
        errors.push({
          fieldId: 'hausnummer',
          message: 'Geben Sie die Hausnummer mit Ziffern ein, zum Beispiel 12 oder 12a.',
          code: 'invalid-format',
        });
      }
      const plz = validatePostalCode(text(values, 'plz'));
      if (!plz.valid) {
        errors.push({
          fieldId: 'plz',
          message: plz.code === 'empty' ? 'Geben Sie Ihre Postleitzahl ein.' : plz.message.de,
          code: plz.code,
        });
      }
      const town = required({
        values,
        name: 'ort',
        ifEmpty: 'Geben Sie Ihren Wohnort ein.',
        errors,
        ifNoLetter: 'Der Wohnort muss mindestens einen Buchstaben enthalten.',
      });
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
          fieldId: 'kennzeichen',
          message:
            plate.code === 'empty'
              ? 'Geben Sie das Kennzeichen Ihres Fahrzeugs ein.'
              : plate.message.de,
          code: plate.code,
        });
      }
      const keeper = text(values, 'halter') as Keeper;
      if (!KEEPERS.includes(keeper)) {
        errors.push({
          fieldId: 'halter-halter',
          message: 'Wählen Sie aus, auf wen das Fahrzeug zugelassen ist.',
          code: 'empty',
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
      const accountHolder = required({
        values,
        name: 'kontoinhaber',
        ifEmpty: 'Geben Sie den Namen der Kontoinhaberin oder des Kontoinhabers ein.',
        errors,
        ifNoLetter:
          'Der Name der Kontoinhaberin oder des Kontoinhabers muss mindestens einen Buchstaben enthalten.',
      });
      const iban = validateIban(text(values, 'iban'));
      if (!iban.valid) {
        errors.push({
          fieldId: 'iban',
          message: iban.code === 'empty' ? 'Geben Sie Ihre IBAN ein.' : iban.message.de,
          code: iban.code,
        });
      }
      const mandate = text(values, 'mandat') === 'ja';
      if (!mandate) {
        errors.push({
          fieldId: 'mandat',
          message:
            'Bestätigen Sie das SEPA-Lastschriftmandat, damit wir die Gebühr abbuchen können.',
          code: 'empty',
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
