// The service's limits, in one place: next.config.ts, the proxy, the server actions and the pages read
// them from here, so that the limits Next.js enforces and the ones the service states always agree.

/** One evidence file (in steps of 1024, as the FileUpload behaviour counts and shows sizes: „5 MB“). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The most evidence files one form sends (registration and permission, for a company or leased car). */
export const MAX_FILES = 2;
/**
 * One request: every file at its limit plus 1 MiB for the form's fields and the multipart framing. Both
 * Next.js limits (`serverActions.bodySizeLimit`, `proxyClientMaxBodySize`) are set to it; a bigger request
 * gets the page „Die Dateien sind zu groß“ (413) from the proxy before anything is read.
 */
export const MAX_REQUEST_BYTES = MAX_FILES * MAX_FILE_BYTES + 1024 * 1024;

const limit = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

/** The time window of the per-client limits. */
export const RATE_WINDOW_MS = 10 * 60 * 1000;
/** New sessions one client (address) may start per window (`SK_LIMIT_SESSIONS`). */
export const sessionsPerWindow = (): number => limit('SK_LIMIT_SESSIONS', 30);
/** Evidence files one client (address) may upload per window (`SK_LIMIT_UPLOADS`). */
export const uploadsPerWindow = (): number => limit('SK_LIMIT_UPLOADS', 30);
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A session ends this long after its last change: the server no longer loads it (`load()` in session.ts),
 * the cookie, renewed with every change, expires then (its Max-Age), and an unsent session is deleted with
 * its drafts and files (`purgeUnsent()`, and the retention command). A sent session keeps only its
 * reference (the confirmation page) for this time; its application is kept for `applicationRetentionDays`.
 */
export const SESSION_MAX_AGE_DAYS = 7;
export const SESSION_MAX_AGE_MS = SESSION_MAX_AGE_DAYS * DAY_MS;
/** The same, in seconds, for the cookie's Max-Age. */
export const SESSION_MAX_AGE_SECONDS = SESSION_MAX_AGE_MS / 1000;

/** The default of `SK_RETENTION_DAYS`. */
export const DEFAULT_RETENTION_DAYS = 30;
/**
 * Sent applications, with their files, are deleted this many days after they were sent
 * (`SK_RETENTION_DAYS`, default 30): by then the office has taken them into its own case system, which
 * keeps the file under its own retention rules. Read when the retention command and the Datenschutz page
 * run.
 */
export const applicationRetentionDays = (): number =>
  limit('SK_RETENTION_DAYS', DEFAULT_RETENTION_DAYS);
export const applicationRetentionMs = (): number => applicationRetentionDays() * DAY_MS;
