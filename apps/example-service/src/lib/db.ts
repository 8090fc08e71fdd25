// The service's data: one SQLite file (better-sqlite3), opened on first use. Its folder is `SK_DATA_DIR`
// or `data/` in the app; it holds nothing but this schema until someone applies.
import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  -- SHA-256 of the session cookie's value: the database alone does not let anyone take over a session.
  id TEXT PRIMARY KEY,
  answers TEXT NOT NULL DEFAULT '{}',
  -- Per step: the last submitted values and their errors, shown again after the redirect.
  drafts TEXT NOT NULL DEFAULT '{}',
  reference TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS uploads (
  -- A random id that is also the file's name on disk; nothing from the request is used as a path.
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions(id),
  evidence TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  size INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  UNIQUE (session_id, evidence)
);
CREATE TABLE IF NOT EXISTS applications (
  reference TEXT PRIMARY KEY,
  -- One application per session: a second submit finds the first.
  session_id TEXT NOT NULL UNIQUE REFERENCES sessions(id),
  city TEXT NOT NULL,
  answers TEXT NOT NULL,
  uploads TEXT NOT NULL,
  submitted_at INTEGER NOT NULL
);
-- Unsent sessions are deleted a while after their last change (purgeUnsent).
CREATE INDEX IF NOT EXISTS sessions_unsent ON sessions (updated_at) WHERE reference IS NULL;
-- What each client did recently, for the per-client limits: the SHA-256 of its address, never the
-- address itself; rows older than the limits' window are deleted.
CREATE TABLE IF NOT EXISTS client_events (
  client TEXT NOT NULL,
  kind TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS client_events_recent ON client_events (client, kind, at);
`;

/** Where the database and the uploaded files live. */
// `turbopackIgnore`: a folder chosen at run time, not a file of the app for the build to trace.
export const dataDir = (): string =>
  resolve(/* turbopackIgnore: true */ process.env.SK_DATA_DIR ?? join(process.cwd(), 'data'));
export const uploadDir = (): string => join(dataDir(), 'uploads');

/**
 * The modes of what the service writes: only its own user reads the database and the uploaded files
 * (0600), and only it lists and enters the upload folder (0700). Set explicitly with chmod, so that
 * neither the umask nor an older folder made with other modes changes them.
 */
export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

let db: Database.Database | undefined;

export function database(): Database.Database {
  if (db) return db;
  mkdirSync(dataDir(), { recursive: true, mode: DIR_MODE });
  mkdirSync(uploadDir(), { recursive: true, mode: DIR_MODE });
  chmodSync(uploadDir(), DIR_MODE);
  const file = join(dataDir(), 'service.db');
  // Created empty with its mode before SQLite opens it; SQLite gives its -wal and -shm files the same.
  if (!existsSync(file)) closeSync(openSync(file, 'a', FILE_MODE));
  for (const name of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(/* turbopackIgnore: true */ name)) chmodSync(name, FILE_MODE);
  }
  db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  return db;
}
