'use server';
// The service's server actions. Every form posts here, with or without JavaScript; each action checks
// its input again, saves, and redirects (Post/Redirect/Get), so reload and back never resubmit.
import { randomInt } from 'node:crypto';
import { cookies } from 'next/headers';
import { redirect } from './navigation';
import {
  EVIDENCE,
  firstOpenStep,
  isQuestionStep,
  requiredEvidence,
  stepAfter,
} from './application';
import type { EvidenceId, QuestionStep, Upload } from './application';
import { cityOf } from './cities';
import type { City } from './cities';
import { database } from './db';
import { checkFile, isChosen, removeFile, storeFile } from './evidence';
import type { FileKind } from './evidence';
import { RATE_WINDOW_MS, uploadsPerWindow } from './limits';
import {
  allow,
  currentSession,
  ensureSession,
  purgeUnsent,
  renewCookie,
  saveAnswers,
  saveDraft,
  saveUpload,
  startSession,
  storedState,
} from './session';
import type { Session } from './session';
import { SCHEME_COOKIE } from './scheme';
import { checkStep } from './validation';
import type { FieldError, Values } from './validation';

const cityFrom = (formData: FormData): City => {
  const city = cityOf(formData.get('city'));
  if (!city) redirect('/kern');
  return city;
};

/** The fields each step's form has: only these are read and kept in a draft, anything else is dropped. */
const FIELDS: Record<QuestionStep, readonly string[]> = {
  wohnsitz: ['zone'],
  person: ['vorname', 'nachname', 'geburtsdatum-day', 'geburtsdatum-month', 'geburtsdatum-year'],
  adresse: ['strasse', 'hausnummer', 'plz', 'ort'],
  fahrzeug: ['kennzeichen', 'halter'],
  zahlung: ['kontoinhaber', 'iban', 'mandat'],
  nachweise: [],
};

/** The step's text fields (at most 500 characters each); every other name in the request is ignored. */
function textValues(formData: FormData, step: QuestionStep): Values {
  const values: Values = {};
  for (const name of FIELDS[step]) {
    const value = formData.get(name);
    if (typeof value === 'string') values[name] = value.slice(0, 500);
  }
  return values;
}

/** The page for a client that started too many sessions or sent too many files lately. */
const tooMany = (city: City) => `/${city.id}/antrag/zu-viele-anfragen`;

const base = (city: City) => `/${city.id}/antrag`;

/** Saves one question's answers, or sends the applicant back to it with the errors. */
export async function saveStep(formData: FormData): Promise<void> {
  const city = cityFrom(formData);
  const step = formData.get('step');
  if (!isQuestionStep(step)) redirect(base(city));
  const fromCheck = formData.get('aendern') === '1';
  purgeUnsent(Date.now());
  // Evidence only in a session that has answered every question before it: no file is stored for a
  // request without a cookie, nor for a session that skipped ahead.
  const session = step === 'nachweise' ? await currentSession() : await ensureSession();
  if (!session) redirect(step === 'nachweise' ? `${base(city)}/wohnsitz` : tooMany(city));
  if (session.reference) redirect(`${base(city)}/bestaetigung`);
  await renewCookie();
  if (step === 'nachweise') {
    const open = firstOpenStep(session.answers, session.uploads);
    if (open && open !== 'nachweise') redirect(`${base(city)}/${open}`);
  }

  const values = textValues(formData, step);
  let errors: FieldError[];
  let uploads = session.uploads;
  let answers = session.answers;
  if (step === 'nachweise') {
    ({ errors, uploads } = await saveEvidence(session, formData));
  } else {
    const checked = checkStep(step, values);
    errors = checked.errors;
    if (errors.length === 0) answers = saveAnswers(session, step, checked.answers);
  }
  if (errors.length > 0) {
    const draft = saveDraft(session, step, values, errors);
    redirect(`${base(city)}/${step}?fehler=${draft}${fromCheck ? '&aendern=1' : ''}`);
  }
  if (step === 'nachweise') saveAnswers(session, step, {});
  redirect(`${base(city)}/${stepAfter(step, answers, uploads, fromCheck)}`);
}

/** Checks every chosen file first and writes only when all of them pass. */
async function saveEvidence(
  session: Session,
  formData: FormData,
): Promise<{ errors: FieldError[]; uploads: Upload[] }> {
  const needed = requiredEvidence(session.answers);
  const errors: FieldError[] = [];
  const chosen: { evidence: EvidenceId; file: File; kind: FileKind }[] = [];
  for (const evidence of needed) {
    const value = formData.get(evidence);
    if (!isChosen(value)) {
      if (!session.uploads.some((u) => u.evidence === evidence)) {
        errors.push({
          fieldId: evidence,
          message: `Wählen Sie eine Datei aus: ${EVIDENCE[evidence].label}.`,
          code: 'empty',
        });
      }
      continue;
    }
    const kind = await checkFile(value, evidence);
    if ('fieldId' in kind) errors.push(kind);
    else chosen.push({ evidence, file: value, kind });
  }
  if (errors.length > 0) return { errors, uploads: session.uploads };
  for (const { evidence } of chosen) {
    if (!(await allow('upload', uploadsPerWindow()))) {
      return {
        errors: [
          {
            fieldId: evidence,
            message: `Von Ihrem Anschluss wurden in kurzer Zeit zu viele Dateien hochgeladen. Versuchen Sie es in ${RATE_WINDOW_MS / 60_000} Minuten noch einmal.`,
            code: 'rate',
          },
        ],
        uploads: session.uploads,
      };
    }
  }
  const uploads = session.uploads.filter((u) => !chosen.some((c) => c.evidence === u.evidence));
  for (const { evidence, file, kind } of chosen) {
    const upload = await storeFile(file, evidence, kind);
    const saved = saveUpload(session, upload);
    if (saved.sent) {
      // The application was sent while the file was being written: it keeps the files it was sent
      // with, and this one is not needed.
      await removeFile(upload.id);
      redirect(`${base(cityFrom(formData))}/bestaetigung`);
    }
    if (saved.replaced) await removeFile(saved.replaced);
    uploads.push(upload);
  }
  return { errors, uploads };
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newReference = (): string =>
  `BPA-${new Date().getFullYear()}-${Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`;

/** Sends the application once: a second submit of the same session finds the first application. */
export async function submitApplication(formData: FormData): Promise<void> {
  const city = cityFrom(formData);
  const session = await currentSession();
  if (!session) redirect(`${base(city)}/wohnsitz`);
  if (session.reference) redirect(`${base(city)}/bestaetigung`);
  const open = firstOpenStep(session.answers, session.uploads);
  if (open) redirect(`${base(city)}/${open}`);
  await renewCookie();
  if (formData.get('erklaerung') !== 'ja') {
    const draft = saveDraft(session, 'erklaerung', {}, [
      {
        fieldId: 'erklaerung',
        message: 'Bestätigen Sie, dass Ihre Angaben richtig und vollständig sind.',
        code: 'empty',
      },
    ]);
    redirect(`${base(city)}/erklaerung?fehler=${draft}`);
  }
  const db = database();
  // What is sent is read again inside the transaction, not taken from the snapshot above: an upload or
  // an answer saved in parallel is either in it, or comes after it and finds the session sent.
  const still = db
    .transaction((): string | undefined => {
      const stored = storedState(session.id);
      if (!stored || stored.reference) return undefined;
      const stillOpen = firstOpenStep(stored.answers, stored.uploads);
      if (stillOpen) return stillOpen;
      db.prepare(
        `INSERT INTO applications (reference, session_id, city, answers, uploads, submitted_at)
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id) DO NOTHING`,
      ).run(
        newReference(),
        session.id,
        city.id,
        JSON.stringify(stored.answers),
        JSON.stringify(stored.uploads),
        Date.now(),
      );
      // The session keeps only the reference, for the confirmation: the answers and drafts are in the
      // application now, and the question pages show none of them any more (a shared computer).
      db.prepare(
        `UPDATE sessions SET reference = (SELECT reference FROM applications WHERE session_id = ?),
           answers = '{}', drafts = '{}', updated_at = ? WHERE id = ?`,
      ).run(session.id, Date.now(), session.id);
      return undefined;
    })
    .immediate();
  if (still) redirect(`${base(city)}/${still}`);
  redirect(`${base(city)}/bestaetigung`);
}

/** Starts a new, empty application after one was sent. */
export async function startAgain(formData: FormData): Promise<void> {
  const city = cityFrom(formData);
  purgeUnsent(Date.now());
  if (!(await startSession())) redirect(tooMany(city));
  redirect(`${base(city)}/wohnsitz`);
}

/** Remembers the chosen colour scheme (or forgets it: follow the system) and shows the same page again. */
export async function setColourScheme(formData: FormData): Promise<void> {
  const city = cityFrom(formData);
  const scheme = formData.get('farbschema');
  const store = await cookies();
  if (scheme === 'hell' || scheme === 'dunkel') {
    store.set(SCHEME_COOKIE, scheme, {
      sameSite: 'lax',
      secure: process.env.NODE_ENV === 'production',
      path: '/',
      maxAge: 365 * 24 * 60 * 60,
    });
  } else {
    store.delete(SCHEME_COOKIE);
  }
  // Back to the page the switch was on; only paths of this city's service are accepted.
  const back = formData.get('zurueck');
  const safe =
    typeof back === 'string' &&
    new RegExp(`^/${city.id}(?:/[a-z-]+){0,3}(?:\\?[a-z0-9=&-]*)?$`).test(back)
      ? back
      : `/${city.id}`;
  redirect(safe);
}
