// The applicant's session: an unguessable token in an httpOnly, SameSite=Lax cookie (Secure in
// production); the database keeps only its SHA-256 with the answers, drafts and uploads.
import { createHash, randomBytes } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import type { Answers, EvidenceId, Upload } from './application';
import { database, uploadDir } from './db';
import {
  RATE_WINDOW_MS,
  SESSION_MAX_AGE_MS,
  SESSION_MAX_AGE_SECONDS,
  sessionsPerWindow,
} from './limits';
import { deleteUnsent, listed, removeFiles } from './retention';
import type { FieldError, Values } from './validation';

// `__Host-`: the browser takes the cookie only with Secure, Path=/ and no Domain, so a sibling subdomain
// cannot set it (session fixation). Secure needs HTTPS, or localhost / 127.0.0.1 as in the tests (`next
// start`); `next dev` sends no Secure, so there the name is without the prefix.
export const SESSION_COOKIE =
  process.env.NODE_ENV === 'production' ? '__Host-sk-sitzung' : 'sk-sitzung';

/**
 * Fields whose value is not kept in a draft when the step is refused: the applicant types them again (the
 * error is still shown). A mistyped IBAN is as good as the real one for misuse, and it would otherwise sit
 * in the database in clear text for as long as the session lives, although it was never accepted. Names,
 * dates and addresses are kept: retyping them costs more, and the accepted answers hold the same kind of
 * data anyway.
 */
export const NOT_KEPT_IN_DRAFTS: readonly string[] = ['iban'];

/** What a page showed after a failed submit: the values sent and their errors. */
export interface Draft {
  id: string;
  values: Values;
  errors: FieldError[];
}

export interface Session {
  id: string;
  answers: Answers;
  drafts: Partial<Record<string, Draft>>;
  uploads: Upload[];
  reference: string | undefined;
}

const hash = (token: string): string => createHash('sha256').update(token).digest('hex');
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

interface Row {
  id: string;
  answers: string;
  drafts: string;
  reference: string | null;
}

/**
 * The session, unless it has ended: SESSION_MAX_AGE_MS after its last change it is not loaded any more,
 * whether or not it has been deleted yet.
 */
function load(id: string): Session | undefined {
  const row = database()
    .prepare<[string, number], Row>(
      'SELECT id, answers, drafts, reference FROM sessions WHERE id = ? AND updated_at >= ?',
    )
    .get(id, Date.now() - SESSION_MAX_AGE_MS);
  if (!row) return undefined;
  const uploads = database()
    .prepare<[string], Upload>(
      'SELECT id, evidence, name, type, size FROM uploads WHERE session_id = ? ORDER BY created_at',
    )
    .all(id);
  return {
    id: row.id,
    answers: JSON.parse(row.answers) as Answers,
    drafts: JSON.parse(row.drafts) as Session['drafts'],
    uploads,
    reference: row.reference ?? undefined,
  };
}

/** The current session, or undefined before the first answer (pages only read). */
export async function currentSession(): Promise<Session | undefined> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (token === undefined || !TOKEN.test(token)) return undefined;
  return load(hash(token));
}

/**
 * The current session, started with a new cookie when there is none (server actions only); undefined
 * when this client has started too many sessions lately (`sessionsPerWindow`).
 */
export async function ensureSession(): Promise<Session | undefined> {
  const existing = await currentSession();
  if (existing) return existing;
  return startSession();
}

/**
 * Who sent the request, for the per-client limits: the SHA-256 of the address the nearest proxy saw.
 * `next start` sets X-Forwarded-For to the peer's address only when the request has none, so in
 * production a reverse proxy must set it (overwrite what the client sent); see the README, „Betrieb“.
 */
export async function clientKey(): Promise<string> {
  const forwarded = (await headers()).get('x-forwarded-for') ?? '';
  const address = forwarded.split(',').pop()?.trim() ?? '';
  return hash(`client:${address}`);
}

/**
 * Counts one `kind` of event for this client, unless it had `limit` of them in the last window: then
 * nothing is counted and the answer is false.
 */
export async function allow(kind: 'session' | 'upload', limit: number): Promise<boolean> {
  const client = await clientKey();
  const db = database();
  const now = Date.now();
  return db
    .transaction((): boolean => {
      const { count } = db
        .prepare<[string, string, number], { count: number }>(
          'SELECT count(*) AS count FROM client_events WHERE client = ? AND kind = ? AND at > ?',
        )
        .get(client, kind, now - RATE_WINDOW_MS) ?? { count: 0 };
      if (count >= limit) return false;
      db.prepare('INSERT INTO client_events (client, kind, at) VALUES (?, ?, ?)').run(
        client,
        kind,
        now,
      );
      return true;
    })
    .immediate();
}

/**
 * Deletes every unsent session whose last change is older than SESSION_MAX_AGE_MS at `now`, with its
 * drafts, upload rows and files (a file a sent application lists is kept), and the client events older
 * than the limits' window. Called at the start of every server action; cheap (indexed). Returns how many
 * sessions it deleted. The retention command (scripts/retention.mjs) does this and more.
 */
export function purgeUnsent(now: number): number {
  const db = database();
  const unsent = deleteUnsent(db, now, SESSION_MAX_AGE_MS);
  db.prepare('DELETE FROM client_events WHERE at <= ?').run(now - RATE_WINDOW_MS);
  removeFiles(uploadDir(), unsent.files);
  return unsent.sessions;
}

const cookieOptions = () =>
  ({
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production',
    path: '/',
    maxAge: SESSION_MAX_AGE_SECONDS,
  }) as const;

/**
 * Sets the session cookie again, for SESSION_MAX_AGE_MS from now: a server action calls it when it
 * changes the session, so that the cookie expires when the server stops loading the session.
 */
export async function renewCookie(): Promise<void> {
  const store = await cookies();
  const token = store.get(SESSION_COOKIE)?.value;
  if (token !== undefined && TOKEN.test(token)) store.set(SESSION_COOKIE, token, cookieOptions());
}

/**
 * A new, empty session with a new cookie (also after a sent application: „Neuen Antrag beginnen“);
 * undefined when this client has started too many sessions lately.
 */
export async function startSession(): Promise<Session | undefined> {
  if (!(await allow('session', sessionsPerWindow()))) return undefined;
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  database()
    .prepare('INSERT INTO sessions (id, created_at, updated_at) VALUES (?, ?, ?)')
    .run(hash(token), now, now);
  (await cookies()).set(SESSION_COOKIE, token, cookieOptions());
  return { id: hash(token), answers: {}, drafts: {}, uploads: [], reference: undefined };
}

/**
 * Merges valid answers and drops the step's draft. Only while the session is unsent: once sent (also
 * by a submit in parallel) its answers stay empty.
 */
export function saveAnswers(session: Session, step: string, answers: Partial<Answers>): Answers {
  const merged = { ...session.answers, ...answers };
  const drafts = Object.fromEntries(Object.entries(session.drafts).filter(([key]) => key !== step));
  database()
    .prepare(
      'UPDATE sessions SET answers = ?, drafts = ?, updated_at = ? WHERE id = ? AND reference IS NULL',
    )
    .run(JSON.stringify(merged), JSON.stringify(drafts), Date.now(), session.id);
  return merged;
}

/**
 * Keeps what a failed submit sent, to show it again with the errors, without the values of
 * NOT_KEPT_IN_DRAFTS; returns the draft's id.
 */
export function saveDraft(
  session: Session,
  step: string,
  values: Values,
  errors: FieldError[],
): string {
  const id = randomBytes(6).toString('hex');
  const kept = Object.fromEntries(
    Object.entries(values).filter(([name]) => !NOT_KEPT_IN_DRAFTS.includes(name)),
  );
  const drafts = { ...session.drafts, [step]: { id, values: kept, errors } };
  database()
    .prepare('UPDATE sessions SET drafts = ?, updated_at = ? WHERE id = ? AND reference IS NULL')
    .run(JSON.stringify(drafts), Date.now(), session.id);
  return id;
}

/**
 * Records an uploaded file (stored under `id`), replacing an earlier one for the same evidence. Checks
 * again inside the transaction whether the session has sent its application meanwhile (the caller's
 * session is a snapshot taken before the file was written): then nothing changes and it says so.
 * Returns the replaced file's id to remove, unless an application still references it.
 */
export function saveUpload(
  session: Session,
  upload: Upload,
): { sent: true } | { sent: false; replaced: string | undefined } {
  const db = database();
  return db
    .transaction((): { sent: true } | { sent: false; replaced: string | undefined } => {
      const current = db
        .prepare<[string], { reference: string | null }>(
          'SELECT reference FROM sessions WHERE id = ?',
        )
        .get(session.id);
      if (current?.reference !== null) return { sent: true };
      const previous = db
        .prepare<[string, EvidenceId], { id: string }>(
          'SELECT id FROM uploads WHERE session_id = ? AND evidence = ?',
        )
        .get(session.id, upload.evidence);
      db.prepare('DELETE FROM uploads WHERE session_id = ? AND evidence = ?').run(
        session.id,
        upload.evidence,
      );
      db.prepare(
        'INSERT INTO uploads (id, session_id, evidence, name, type, size, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(
        upload.id,
        session.id,
        upload.evidence,
        upload.name,
        upload.type,
        upload.size,
        Date.now(),
      );
      const replaced = previous && !isReferenced(previous.id) ? previous.id : undefined;
      return { sent: false, replaced };
    })
    .immediate();
}

/** Whether a sent application lists the file: such a file is never removed. */
export function isReferenced(uploadId: string): boolean {
  return listed(database(), uploadId);
}

/** The session's answers and uploads as stored now (inside a transaction: what is sent). */
export function storedState(
  id: string,
): Pick<Session, 'answers' | 'uploads' | 'reference'> | undefined {
  const session = load(id);
  return (
    session && { answers: session.answers, uploads: session.uploads, reference: session.reference }
  );
}
