// The virus-scan hook. When SK_VIRUS_SCAN_COMMAND is set, every file is written to a temporary file (0600,
// in `<SK_DATA_DIR>/scan`, 0700) and the command runs with that file's path as its last argument: without
// a shell (execFile), the command split at spaces (no quoting). Exit 0 means clean, exit 1 means a
// finding (as clamscan and clamdscan report it); anything else — another exit code, a crash, no such
// command, more than SCAN_TIMEOUT_MS — is a scanner error, logged, and the file is refused as well (fail
// closed). Production: `SK_VIRUS_SCAN_COMMAND="clamdscan --fdpass --no-summary"` (see the README).
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIR_MODE, FILE_MODE, dataDir } from './db';

export const SCAN_TIMEOUT_MS = 60_000;

export type ScanResult = 'clean' | 'infected' | 'error' | 'off';

/** The configured scanner command and its arguments, or undefined when no scanner is set. */
export function scanCommand(): string[] | undefined {
  const words = (process.env.SK_VIRUS_SCAN_COMMAND ?? '').trim().split(/\s+/).filter(Boolean);
  return words.length > 0 ? words : undefined;
}

/** Runs the configured scanner on `bytes` (the content that would be stored). */
export async function virusScan(bytes: Uint8Array): Promise<ScanResult> {
  const command = scanCommand();
  if (!command) return 'off';
  const [program = '', ...args] = command;
  const dir = join(dataDir(), 'scan');
  const path = join(dir, randomUUID());
  try {
    await mkdir(dir, { recursive: true, mode: DIR_MODE });
    await writeFile(path, bytes, { flag: 'wx', mode: FILE_MODE });
    const code = await new Promise<number | string>((resolve) => {
      execFile(
        program,
        [...args, path],
        { timeout: SCAN_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024 },
        (error, _stdout, stderr) => {
          if (!error) resolve(0);
          else if (typeof error.code === 'number' && !error.killed) {
            resolve(
              error.code === 1 ? 1 : `exit ${error.code}, ${JSON.stringify(stderr.slice(0, 500))}`,
            );
          } else resolve(error.killed ? 'timed out' : String(error.code ?? error.message));
        },
      );
    });
    if (code === 0) return 'clean';
    if (code === 1) {
      console.error(`[virus-scan] finding: the upload was refused (${JSON.stringify(program)})`);
      return 'infected';
    }
    console.error(`[virus-scan] scanner error (${JSON.stringify(program)}): ${code}`);
    return 'error';
  } catch (error) {
    console.error(`[virus-scan] could not scan: ${JSON.stringify(String(error))}`);
    return 'error';
  } finally {
    await unlink(path).catch(() => undefined);
  }
}
