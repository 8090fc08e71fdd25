// Starts the built service (`next start`) on a free loopback port with its own data folder, and gives
// the tests what they share: the browser, the journey's answers, the database and the test files.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import Database from 'better-sqlite3';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../../scripts/lib/chromium.mjs';
import { pngBytes } from './images.mjs';

const APP = join(dirname(fileURLToPath(import.meta.url)), '../..');
const NEXT = join(APP, 'node_modules/.bin/next');
// The loopback address itself, not the name: `localhost` may resolve to ::1 first on a CI machine whose
// container has no IPv6, and Chromium treats 127.0.0.1 as a secure origin just like localhost.
const HOST = '127.0.0.1';

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, HOST, resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A running service. `restart()` stops the process and starts a new one on the same port and data.
 * Every test comes from the same address: the per-client limits are set high unless `env` sets them.
 * @param {{ dataDir?: string, env?: Record<string, string> }} [options]
 */
export async function startService(options = {}) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'sk-service-'));
  const port = await freePort();
  const origin = `http://${HOST}:${port}`;
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  const output = [];

  async function start() {
    output.length = 0;
    child = spawn(NEXT, ['start', '--port', String(port), '--hostname', HOST], {
      cwd: APP,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        SK_DATA_DIR: dataDir,
        SK_LIMIT_SESSIONS: '10000',
        SK_LIMIT_UPLOADS: '10000',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => output.push(String(chunk)));
    child.stderr?.on('data', (chunk) => output.push(String(chunk)));
    for (let attempt = 0; attempt < 240; attempt += 1) {
      if (child.exitCode !== null) throw new Error(`next start exited:\n${output.join('')}`);
      try {
        const response = await fetch(`${origin}/kern`, { redirect: 'manual' });
        if (response.status === 200) return;
      } catch {
        // not listening yet
      }
      await delay(250);
    }
    throw new Error(`next start did not answer within 60 s:\n${output.join('')}`);
  }

  async function stop() {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  await start();
  return {
    origin,
    dataDir,
    output,
    stop,
    async restart() {
      await stop();
      await start();
    },
    /** The service's database, read-only, for assertions about what was stored. */
    query(sql, ...parameters) {
      const db = new Database(join(dataDir, 'service.db'), { readonly: true, fileMustExist: true });
      try {
        return db.prepare(sql).all(...parameters);
      } finally {
        db.close();
      }
    },
  };
}

/** Evidence files: a valid PDF and PNG, a fake PDF (text), an empty one, and one over 5 MB. */
export function testFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'sk-files-'));
  mkdirSync(dir, { recursive: true });
  const file = (name, content) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  return {
    pdf: file(
      'fahrzeugschein.pdf',
      '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    ),
    png: file('ueberlassung.png', pngBytes({ width: 16, height: 16 })),
    fakePdf: file('rechnung.pdf', 'Dies ist kein PDF, nur Text mit der Endung .pdf\n'),
    empty: file('leer.pdf', ''),
    large: file(
      'gross.pdf',
      Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(6_000_000, 0x20)]),
    ),
  };
}

/** The answers of one applicant, as typed. */
export const APPLICANT = {
  firstName: 'Zeynep',
  lastName: 'Müller-Lüdenscheidt',
  day: '27',
  month: '3',
  year: '1985',
  street: 'Sonnenstraße',
  houseNumber: '12a',
  postalCode: '80331',
  town: 'München',
  plate: 'm ab 1234',
  accountHolder: 'Zeynep Müller-Lüdenscheidt',
  iban: 'DE89 3704 0044 0532 0130 00',
};

/** Debian's Chromium (no browser is downloaded). */
export const launch = () => chromium.launch(chromiumLaunchOptions());

/**
 * @typedef {{ service: Awaited<ReturnType<typeof startService>>, browser: import('playwright').Browser }} Running
 */

/**
 * Starts the service and Chromium before a test file's tests (then runs `setup`, if given) and stops both
 * after them.
 * @param {(running: Running) => Promise<void>} [setup]
 * @returns {Running}
 */
export function serviceAndBrowser(setup) {
  const running = /** @type {Running} */ ({});
  before(async () => {
    running.service = await startService();
    running.browser = await launch();
    await setup?.(running);
  });
  after(async () => {
    await running.browser?.close();
    await running.service?.stop();
  });
  return running;
}
