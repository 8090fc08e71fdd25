#!/usr/bin/env node
// The retention command: deletes what the service keeps longer than its time (DSGVO Art. 5(1)(e)), by the
// rules of src/lib/retention.ts with the numbers of src/lib/limits.ts — unsent sessions with their drafts
// and files 7 days after their last change, sent applications with their files `SK_RETENTION_DAYS` (30)
// days after they were sent, files no session or application lists, and the per-client counts. Run it
// daily, with the service's environment (`SK_DATA_DIR`, `SK_RETENTION_DAYS`), from the app's folder:
//   pnpm --filter @stadtkern/example-service retention
// It may run while the service runs (SQLite in WAL mode; each deletion is one short transaction).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import ts from 'typescript';

/**
 * A module of src/lib, compiled by TypeScript (a dependency of the build anyway): so the command and the
 * service share one set of rules and numbers. Both modules import only Node's own modules at run time.
 */
async function lib(name) {
  const source = readFileSync(new URL(`../src/lib/${name}.ts`, import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}

const limits = await lib('limits');
const { applyRetention, removeScanLeftovers } = await lib('retention');

// As src/lib/db.ts: `SK_DATA_DIR`, or `data/` in the app's folder (the working directory of `pnpm --filter`).
const dataDir = resolve(process.env.SK_DATA_DIR ?? join(process.cwd(), 'data'));
const file = join(dataDir, 'service.db');
if (!existsSync(file)) {
  console.log(`Retention: no database in ${dataDir}, nothing to delete.`);
  process.exit(0);
}

const db = new Database(file, { fileMustExist: true, timeout: 10_000 });
try {
  const days = limits.applicationRetentionDays();
  const now = Date.now();
  const deleted = applyRetention(
    db,
    join(dataDir, 'uploads'),
    {
      sessionMaxAgeMs: limits.SESSION_MAX_AGE_MS,
      applicationMaxAgeMs: limits.applicationRetentionMs(),
      clientEventsMaxAgeMs: limits.RATE_WINDOW_MS,
    },
    now,
  );
  const leftovers = removeScanLeftovers(join(dataDir, 'scan'), now);
  console.log(
    `Retention: deleted ${deleted.sessions} unsent session(s) (after ${limits.SESSION_MAX_AGE_DAYS} days), ` +
      `${deleted.applications} sent application(s) (after ${days} days) and ${deleted.files} file(s)` +
      `, and ${leftovers} virus-scan copy(ies) left by an interrupted scan.`,
  );
} finally {
  db.close();
}
