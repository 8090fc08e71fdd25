// Launch options for Debian's Chromium (no browser is downloaded at install time).
// Playwright gives every launch its own temporary profile, so nothing is written under HOME.
import { existsSync } from 'node:fs';

export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return path;
}

/**
 * A subset of Playwright's LaunchOptions, written out so that this file needs no Playwright types where it
 * lies (the repository root has no Playwright installed; each test package brings its own).
 * @returns {{ executablePath: string, args: string[] }}
 */
export function chromiumLaunchOptions() {
  return {
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
