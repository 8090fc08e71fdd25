// The answers as check answers and the confirmation show them: one group per section.
import { formatDate, formatIban } from '@stadtkern/utils';
import { formatFileSize } from '@stadtkern/web/file-upload';
import { EVIDENCE, KEEPER_LABELS, requiredEvidence } from './application';
import type { Answers, QuestionStep, Upload } from './application';

export interface SummaryRow {
  key: string;
  value: string;
  step: QuestionStep;
}
export interface SummaryGroup {
  title: string;
  rows: SummaryRow[];
}

export function summaryOf(answers: Answers, uploads: readonly Upload[]): SummaryGroup[] {
  // The groups are the sections of the step indicator (SECTIONS), with the same names.
  return [
    {
      title: 'Berechtigung',
      rows: [
        {
          key: 'Wohnsitz im Bewohnerparkgebiet',
          value: answers.zone === 'ja' ? 'Ja' : 'Nein',
          step: 'wohnsitz',
        },
      ],
    },
    {
      title: 'Persönliche Angaben',
      rows: [
        {
          key: 'Name',
          value: `${answers.firstName ?? ''} ${answers.lastName ?? ''}`.trim(),
          step: 'person',
        },
        {
          key: 'Geburtsdatum',
          value: answers.birthDate ? formatDate(answers.birthDate, { style: 'long' }) : '',
          step: 'person',
        },
        {
          key: 'Adresse',
          value: `${answers.street ?? ''} ${answers.houseNumber ?? ''}, ${answers.postalCode ?? ''} ${answers.town ?? ''}`,
          step: 'adresse',
        },
      ],
    },
    {
      title: 'Fahrzeug',
      rows: [
        { key: 'Kennzeichen', value: answers.plate ?? '', step: 'fahrzeug' },
        {
          key: 'Zugelassen',
          value: answers.keeper ? KEEPER_LABELS[answers.keeper] : '',
          step: 'fahrzeug',
        },
      ],
    },
    {
      title: 'Zahlung',
      rows: [
        {
          key: 'Kontoinhaberin oder Kontoinhaber',
          value: answers.accountHolder ?? '',
          step: 'zahlung',
        },
        { key: 'IBAN', value: answers.iban ? formatIban(answers.iban) : '', step: 'zahlung' },
        {
          key: 'SEPA-Lastschriftmandat',
          value: answers.mandate ? 'Erteilt' : 'Nicht erteilt',
          step: 'zahlung',
        },
      ],
    },
    {
      title: 'Nachweise',
      rows: requiredEvidence(answers).map((evidence) => {
        const upload = uploads.find((u) => u.evidence === evidence);
        return {
          key: EVIDENCE[evidence].label,
          value: upload ? `${upload.name} (${formatFileSize(upload.size, 'de')})` : 'Fehlt',
          step: 'nachweise' as const,
        };
      }),
    },
  ];
}
