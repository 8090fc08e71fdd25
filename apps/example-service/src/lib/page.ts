// What every page of the service reads: its city (or 404), the session and, after a failed submit,
// the draft with the values sent and their errors.
import { notFound, redirect } from 'next/navigation';
import type { Answers, StepId, Upload } from './application';
import { STEP_TITLES } from './application';
import { CITIES, cityOf, isCityId, SERVICE_NAME } from './cities';
import type { City } from './cities';
import { database } from './db';
import { currentSession } from './session';
import type { Draft } from './session';
import { valuesOf } from './validation';
import type { FieldError, Values } from './validation';

export type CityParams = Promise<{ city: string }>;
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function cityFromParams(params: CityParams): Promise<City> {
  const city = cityOf((await params).city);
  if (!city) notFound();
  return city;
}

export interface StepState {
  city: City;
  answers: Answers;
  uploads: Upload[];
  reference: string | undefined;
  /** The values the fields show. */
  values: Values;
  /** The errors to show (only right after a failed submit). */
  errors: FieldError[];
  draft: Draft | undefined;
  /** The applicant came from check answers („Ändern“) and goes back there. */
  fromCheck: boolean;
}

/**
 * What a question page (and check answers, the declaration) shows. After the application was sent, none
 * of them is shown any more: they lead to the confirmation (the session keeps no answers then).
 */
export async function stepState(
  step: StepId,
  params: CityParams,
  searchParams: SearchParams,
): Promise<StepState> {
  const city = await cityFromParams(params);
  const search = await searchParams;
  const session = await currentSession();
  if (session?.reference) redirect(`/${city.id}/antrag/bestaetigung`);
  const answers = session?.answers ?? {};
  const saved = session?.drafts[step];
  const draft = saved && search.fehler === saved.id ? saved : undefined;
  return {
    city,
    answers,
    uploads: session?.uploads ?? [],
    reference: session?.reference,
    values: draft ? draft.values : valuesOf(answers),
    errors: draft?.errors ?? [],
    draft,
    fromCheck: search.aendern === '1',
  };
}

/** „Fehler: Adresse – Bewohnerparkausweis beantragen“ */
export function stepTitle(step: StepId, hasErrors: boolean): string {
  return `${hasErrors ? 'Fehler: ' : ''}${STEP_TITLES[step]} – ${SERVICE_NAME}`;
}

/** The page's title for generateMetadata: with „Fehler:“ when the URL shows a failed submit. */
export async function stepMetadata(
  step: StepId,
  searchParams: SearchParams,
): Promise<{ title: string }> {
  const search = await searchParams;
  if (typeof search.fehler !== 'string') return { title: stepTitle(step, false) };
  const session = await currentSession();
  return { title: stepTitle(step, session?.drafts[step]?.id === search.fehler) };
}

/** The error about one of these elements (by id), if any. */
export const errorFor = (
  errors: readonly FieldError[],
  ...fieldIds: string[]
): FieldError | undefined => errors.find((e) => fieldIds.includes(e.fieldId));

/** The error message about one of these elements (by id), if any. */
export const errorOf = (errors: readonly FieldError[], ...fieldIds: string[]): string | undefined =>
  errorFor(errors, ...fieldIds)?.message;

/** The confirmation's city and the reference of the session's sent application, if any. */
export async function sentState(
  params: CityParams,
): Promise<{ city: City; reference: string | undefined }> {
  const city = await cityFromParams(params);
  return { city, reference: (await currentSession())?.reference };
}

/**
 * The city a sent application was made in (stored with it), whatever city the URL names: the
 * confirmation speaks of that city's office, also when a second submit came through another city's path.
 */
export function applicationCity(reference: string): City | undefined {
  const row = database()
    .prepare<[string], { city: string }>('SELECT city FROM applications WHERE reference = ?')
    .get(reference);
  return row && isCityId(row.city) ? CITIES[row.city] : undefined;
}
