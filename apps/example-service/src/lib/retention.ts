// Deleting personal data on time (DSGVO Art. 5(1)(e), storage limitation): the rules, as functions of
// the database, the upload folder and the time. The service runs `deleteUnsent` at the start of every
// server action (purgeUnsent in session.ts); the retention command (scripts/retention.mjs) runs
// `applyRetention`, all of it. This module imports nothing at run time but Node's own modules, so that the
// command can load it without Next.js; the numbers come from limits.ts, as arguments.
import { existsSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';

type Database = BetterSqlite3.Database;

/** How long each kind of data is kept, in milliseconds. */
export interface RetentionRules {
  /** Unsent sessions (answers, drafts, uploads) after their last change; also unlisted files. */
  sessionMaxAgeMs: number;
  /** Sent applications, with their session and files, after they were sent. */
  applicationMaxAgeMs: number;
  /** The per-client counts (hashed addresses). */
  clientEventsMaxAgeMs: number;
}

export interface Deleted {
  sessions: number;
  applications: number;
  files: number;
}

/** The name of a stored file: a random UUID (nothing else in the folder is ever removed). */
const FILE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether a sent application lists the file: such a file is never removed. */
export function listed(db: Database, fileId: string): boolean {
  return (
    db
      .prepare<[string], { found: number }>(
        `SELECT 1 AS found FROM applications, json_each(applications.uploads) AS upload
         WHERE json_extract(upload.value, '$.id') = ? LIMIT 1`,
      )
      .get(fileId) !== undefined
  );
}

/**
 * Deletes every unsent session whose last change is older than `maxAgeMs` at `now`, with its drafts and
 * upload rows. Returns how many, and the files to remove (never one a sent application lists).
 */
export function deleteUnsent(
  db: Database,
  now: number,
  maxAgeMs: number,
): { sessions: number; files: string[] } {
  return db
    .transaction(() => {
      const ids = db
        .prepare<[number], { id: string }>(
          'SELECT id FROM sessions WHERE reference IS NULL AND updated_at < ?',
        )
        .all(now - maxAgeMs)
        .map((row) => row.id);
      const files: string[] = [];
      for (const id of ids) {
        for (const upload of db
          .prepare<[string], { id: string }>('SELECT id FROM uploads WHERE session_id = ?')
          .all(id)) {
          if (!listed(db, upload.id)) files.push(upload.id);
        }
        db.prepare('DELETE FROM uploads WHERE session_id = ?').run(id);
        db.prepare('DELETE FROM sessions WHERE id = ? AND reference IS NULL').run(id);
      }
      return { sessions: ids.length, files };
    })
    .immediate();
}

/**
 * Deletes every application sent more than `maxAgeMs` before `now`, with its session and upload rows;
 * returns how many, and its files to remove. Also empties the answers and drafts of any sent session that
 * still has them (sessions sent before the service cleared them on submit).
 */
export function deleteApplications(
  db: Database,
  now: number,
  maxAgeMs: number,
): { applications: number; files: string[] } {
  return db
    .transaction(() => {
      const old = db
        .prepare<[number], { session_id: string; uploads: string }>(
          'SELECT session_id, uploads FROM applications WHERE submitted_at < ?',
        )
        .all(now - maxAgeMs);
      const files = new Set<string>();
      for (const application of old) {
        for (const upload of JSON.parse(application.uploads) as { id: string }[]) {
          files.add(upload.id);
        }
        for (const upload of db
          .prepare<[string], { id: string }>('SELECT id FROM uploads WHERE session_id = ?')
          .all(application.session_id)) {
          files.add(upload.id);
        }
        db.prepare('DELETE FROM uploads WHERE session_id = ?').run(application.session_id);
        db.prepare('DELETE FROM applications WHERE session_id = ?').run(application.session_id);
        db.prepare('DELETE FROM sessions WHERE id = ?').run(application.session_id);
      }
      db.prepare(
        `UPDATE sessions SET answers = '{}', drafts = '{}'
         WHERE reference IS NOT NULL AND (answers <> '{}' OR drafts <> '{}')`,
      ).run();
      return {
        applications: old.length,
        files: [...files].filter((id) => !listed(db, id)),
      };
    })
    .immediate();
}

/** Removes stored files by id (ids from the database, never from a request); returns how many. */
export function removeFiles(uploadDir: string, ids: readonly string[]): number {
  let removed = 0;
  for (const id of ids) {
    if (!FILE_ID.test(id)) continue;
    try {
      unlinkSync(join(uploadDir, id));
      removed += 1;
    } catch {
      // already gone
    }
  }
  return removed;
}

/**
 * Files in the upload folder that no session and no application lists (left by a request that ended
 * between writing the file and recording it), older than `maxAgeMs`: removed. A file being uploaded right
 * now is younger and stays.
 */
export function removeUnlisted(
  db: Database,
  uploadDir: string,
  now: number,
  maxAgeMs: number,
): number {
  const known = db.prepare<[string], { found: number }>(
    'SELECT 1 AS found FROM uploads WHERE id = ?',
  );
  const unlisted = readdirSync(uploadDir).filter((name) => {
    if (!FILE_ID.test(name) || known.get(name) !== undefined || listed(db, name)) return false;
    return statSync(join(uploadDir, name)).mtimeMs < now - maxAgeMs;
  });
  return removeFiles(uploadDir, unlisted);
}

/** A scan takes at most a minute (scan.ts); a copy older than this was left by a request that ended mid-scan. */
export const SCAN_LEFTOVER_AGE_MS = 60 * 60 * 1000;

/**
 * The virus scan's temporary copies (`<SK_DATA_DIR>/scan`, scan.ts) that a request left behind when the service
 * stopped during a scan, older than `maxAgeMs`: removed. Returns how many.
 */
export function removeScanLeftovers(
  scanDir: string,
  now: number,
  maxAgeMs = SCAN_LEFTOVER_AGE_MS,
): number {
  if (!existsSync(scanDir)) return 0;
  const old = readdirSync(scanDir).filter(
    (name) => FILE_ID.test(name) && statSync(join(scanDir, name)).mtimeMs < now - maxAgeMs,
  );
  return removeFiles(scanDir, old);
}

/** Everything: unsent sessions, old applications, unlisted files and old per-client counts. */
export function applyRetention(
  db: Database,
  uploadDir: string,
  rules: RetentionRules,
  now: number,
): Deleted {
  const unsent = deleteUnsent(db, now, rules.sessionMaxAgeMs);
  const sent = deleteApplications(db, now, rules.applicationMaxAgeMs);
  db.prepare('DELETE FROM client_events WHERE at <= ?').run(now - rules.clientEventsMaxAgeMs);
  const files =
    removeFiles(uploadDir, [...unsent.files, ...sent.files]) +
    removeUnlisted(db, uploadDir, now, rules.sessionMaxAgeMs);
  return { sessions: unsent.sessions, applications: sent.applications, files };
}
