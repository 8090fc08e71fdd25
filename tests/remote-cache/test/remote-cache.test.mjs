// A self-hosted remote cache, end to end: the open-source turborepo-remote-cache server on loopback with
// local storage; a build in one clean clone uploads, a build in a second clean clone (empty local cache)
// is served by the server.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const here = fileURLToPath(new URL('..', import.meta.url));
const token = 'stadtkern-test-token-not-secret';
const storage = mkdtempSync(join(tmpdir(), 'sk-remote-cache-store-'));
let server;
let port;

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address();
      probe.close(() => resolve(p));
    });
  });

async function waitForServer(url, deadline = Date.now() + 30_000) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`remote cache server did not start at ${url}`);
}

before(async () => {
  port = await freePort();
  server = spawn(
    process.execPath,
    [join(here, 'node_modules/turborepo-remote-cache/dist/cli.js')],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        TURBO_TOKEN: token,
        STORAGE_PROVIDER: 'local',
        STORAGE_PATH: storage,
        STORAGE_PATH_USE_TMP_FOLDER: 'false',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  await waitForServer(`http://127.0.0.1:${port}/v8/artifacts/status`);
});

after(() => {
  server?.kill('SIGTERM');
});

/** A clean clone of the committed repository with dependencies installed, and a turbo build in it. */
function cloneAndBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'sk-remote-cache-clone-'));
  execFileSync('git', ['clone', '--quiet', repoRoot, dir]);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('TURBO_')),
  );
  execFileSync('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], {
    cwd: dir,
    env,
    stdio: 'pipe',
  });
  return execFileSync(
    'pnpm',
    ['turbo', 'run', 'build', '--filter=@stadtkern/tokens', '--output-logs=hash-only'],
    {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...env,
        TURBO_API: `http://127.0.0.1:${port}`,
        TURBO_TEAM: 'stadtkern',
        TURBO_TOKEN: token,
        TURBO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
    },
  );
}

it('serves the second clean clone from the self-hosted cache', () => {
  const first = cloneAndBuild();
  const hash = /cache miss, executing ([0-9a-f]+)/.exec(first)?.[1];
  assert.ok(hash, `the first clone builds (cache miss):\n${first}`);
  const stored = readdirSync(storage, { recursive: true }).map(String);
  assert.ok(
    stored.some((f) => f.endsWith(hash)),
    `the server stored artefact ${hash}; it has: ${stored.join(', ')}`,
  );

  // The second clone has an empty local cache, so a hit can only come from the server.
  const second = cloneAndBuild();
  assert.match(second, new RegExp(`cache hit, [a-z ]+ ${hash}`));
  assert.match(second, /FULL TURBO/);
});
