// The application's model: its answers, its steps in order and the sections the task list and the
// process steps show. Pure functions, used by pages and server actions alike.
import type { TaskStatus } from '@stadtkern/react';

/** Who the vehicle is registered to: the answer's values and the texts the form and the summary show. */
export const KEEPER_LABELS = {
  halter: 'Auf mich',
  firmenwagen: 'Auf meinen Arbeitgeber (Firmenwagen)',
  leasing: 'Auf eine Leasing- oder Mietfirma',
} as const;
export type Keeper = keyof typeof KEEPER_LABELS;

export interface Answers {
  zone?: 'ja' | 'nein';
  firstName?: string;
  lastName?: string;
  /** ISO date. */
  birthDate?: string;
  street?: string;
  houseNumber?: string;
  postalCode?: string;
  town?: string;
  /** Normalised, e.g. „M-AB 1234“. */
  plate?: string;
  keeper?: Keeper;
  accountHolder?: string;
  /** Normalised, without spaces. */
  iban?: string;
  mandate?: boolean;
}

/** An uploaded evidence file, as the service stored it. */
export interface Upload {
  id: string;
  evidence: EvidenceId;
  name: string;
  type: string;
  size: number;
}

export const EVIDENCE = {
  fahrzeugschein: {
    label: 'Zulassungsbescheinigung Teil I (Fahrzeugschein)',
    hint: 'Ein Foto oder Scan der Vorderseite, auf dem Kennzeichen und Halter zu lesen sind.',
  },
  nutzungserlaubnis: {
    label: 'Nachweis, dass Sie das Fahrzeug dauerhaft nutzen dürfen',
    hint: 'Zum Beispiel die Überlassungserklärung Ihres Arbeitgebers oder den Leasingvertrag.',
  },
} as const;
export type EvidenceId = keyof typeof EVIDENCE;

/** Which evidence the answers call for: the keeper's registration, and a permission unless it is their own car. */
export const requiredEvidence = (answers: Answers): EvidenceId[] =>
  answers.keeper === undefined || answers.keeper === 'halter'
    ? ['fahrzeugschein']
    : ['fahrzeugschein', 'nutzungserlaubnis'];

/** The question pages, in the order an applicant meets them. */
export const QUESTION_STEPS = [
  'wohnsitz',
  'person',
  'adresse',
  'fahrzeug',
  'zahlung',
  'nachweise',
] as const;
export type QuestionStep = (typeof QUESTION_STEPS)[number];
export type StepId = QuestionStep | 'pruefen' | 'erklaerung';

export const isQuestionStep = (value: unknown): value is QuestionStep =>
  typeof value === 'string' && (QUESTION_STEPS as readonly string[]).includes(value);

/** The sections of the task list and of the process steps. */
export const SECTIONS = [
  { name: 'Berechtigung', steps: ['wohnsitz'] },
  { name: 'Persönliche Angaben', steps: ['person', 'adresse'] },
  { name: 'Fahrzeug', steps: ['fahrzeug'] },
  { name: 'Zahlung', steps: ['zahlung'] },
  { name: 'Nachweise', steps: ['nachweise'] },
  { name: 'Prüfen und absenden', steps: ['pruefen', 'erklaerung'] },
] as const satisfies readonly { name: string; steps: readonly StepId[] }[];

export const sectionIndex = (step: StepId): number =>
  SECTIONS.findIndex((section) => (section.steps as readonly StepId[]).includes(step));

export const STEP_TITLES: Record<StepId, string> = {
  wohnsitz: 'Wohnsitz',
  person: 'Name und Geburtsdatum',
  adresse: 'Adresse',
  fahrzeug: 'Fahrzeug',
  zahlung: 'Zahlung',
  nachweise: 'Nachweise',
  pruefen: 'Angaben prüfen',
  erklaerung: 'Erklärung und Absenden',
};

/** Whether a question has a complete, valid answer (answers are only stored once they are valid). */
export function isAnswered(
  step: QuestionStep,
  answers: Answers,
  uploads: readonly Upload[],
): boolean {
  switch (step) {
    case 'wohnsitz':
      return answers.zone === 'ja';
    case 'person':
      return Boolean(answers.firstName && answers.lastName && answers.birthDate);
    case 'adresse':
      return Boolean(answers.street && answers.houseNumber && answers.postalCode && answers.town);
    case 'fahrzeug':
      return Boolean(answers.plate && answers.keeper);
    case 'zahlung':
      return Boolean(answers.accountHolder && answers.iban && answers.mandate);
    case 'nachweise':
      return requiredEvidence(answers).every((id) => uploads.some((u) => u.evidence === id));
  }
}

/** The first question still to answer, or undefined when the application can be checked and sent. */
export const firstOpenStep = (
  answers: Answers,
  uploads: readonly Upload[],
): QuestionStep | undefined => QUESTION_STEPS.find((step) => !isAnswered(step, answers, uploads));

/** The page after a question: the exit page, the next question, or check answers. */
export function stepAfter(
  step: QuestionStep,
  answers: Answers,
  uploads: readonly Upload[],
  fromCheck: boolean,
): string {
  if (step === 'wohnsitz' && answers.zone === 'nein') return 'nicht-berechtigt';
  const open = firstOpenStep(answers, uploads);
  // From check answers: straight back, unless the change asks for something new (e.g. a company car
  // needs a further document).
  if (fromCheck) return open ?? 'pruefen';
  const next = QUESTION_STEPS[QUESTION_STEPS.indexOf(step) + 1];
  return next ?? open ?? 'pruefen';
}

/** The page the „Zurück“ link of a step leads to. */
export function stepBefore(step: StepId, fromCheck: boolean): string {
  if (fromCheck) return 'pruefen';
  if (step === 'erklaerung') return 'pruefen';
  if (step === 'pruefen') return 'nachweise';
  const index = QUESTION_STEPS.indexOf(step);
  return index > 0 ? (QUESTION_STEPS[index - 1] as string) : '';
}

/** The status of each section for the task list. */
export function sectionStatus(
  index: number,
  answers: Answers,
  uploads: readonly Upload[],
  submitted: boolean,
): TaskStatus {
  const section = SECTIONS[index];
  if (!section) return 'cannot-start';
  if (submitted) return 'completed';
  const questions = section.steps.filter(isQuestionStep);
  if (questions.length === 0) {
    return firstOpenStep(answers, uploads) === undefined ? 'not-started' : 'cannot-start';
  }
  const answered = questions.filter((step) => isAnswered(step, answers, uploads)).length;
  if (answered === questions.length) return 'completed';
  const started = questions.some((step) => hasAnyAnswer(step, answers, uploads));
  return started ? 'in-progress' : 'not-started';
}

function hasAnyAnswer(step: QuestionStep, answers: Answers, uploads: readonly Upload[]): boolean {
  switch (step) {
    case 'wohnsitz':
      return answers.zone !== undefined;
    case 'person':
      return Boolean(answers.firstName ?? answers.lastName ?? answers.birthDate);
    case 'adresse':
      return Boolean(answers.street ?? answers.postalCode);
    case 'fahrzeug':
      return Boolean(answers.plate ?? answers.keeper);
    case 'zahlung':
      return Boolean(answers.iban ?? answers.accountHolder);
    case 'nachweise':
      return uploads.length > 0;
  }
}
