#!/usr/bin/env node
// The theme command (docs/theming.md). Creates or updates packages/tokens/themes/<id>/:
//   pnpm -C packages/tokens theme --id stuttgart --name Stuttgart --primary "#c8102e" \
//     [--land Baden-Württemberg] [--neutral "#3a4a5c"] [--font "Noto Sans"] [--radius 4px] [--description-de "…"]
//     [--description-en "…"] [--owner @org/team] [--force]
// `pnpm gen theme` asks the same questions and runs this script. Bad input: one line on stderr, exit code 2 (which
// `pnpm --filter` turns into 1: docs/theming.md, "Exit codes").
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ThemeCommandError, runThemeCommand } from './lib/theme-command.mjs';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
try {
  const { values } = parseArgs({
    options: {
      id: { type: 'string' },
      name: { type: 'string' },
      primary: { type: 'string' },
      neutral: { type: 'string' },
      font: { type: 'string' },
      radius: { type: 'string' },
      land: { type: 'string' },
      'description-de': { type: 'string' },
      'description-en': { type: 'string' },
      owner: { type: 'string' },
      force: { type: 'boolean', default: false },
      // For tests on a copy: where the theme folders and the CODEOWNERS files are.
      'themes-dir': { type: 'string' },
      'repo-root': { type: 'string' },
    },
  });
  if (!values.id) throw new ThemeCommandError('The theme command needs --id (e.g. --id koeln).');
  const repoRoot = values['repo-root'] ?? fileURLToPath(new URL('../../..', import.meta.url));
  const { dir, messages } = await runThemeCommand(
    {
      id: values.id,
      name: values.name,
      primary: values.primary,
      neutral: values.neutral,
      font: values.font,
      radius: values.radius,
      land: values.land,
      descriptionDe: values['description-de'],
      descriptionEn: values['description-en'],
      owner: values.owner,
      force: values.force,
    },
    { packageRoot, themesDir: values['themes-dir'] ?? `${packageRoot}themes`, repoRoot },
  );
  for (const message of messages) console.log(message);
  console.log(`Theme written to ${dir}. Next: pnpm --filter @stadtkern/tokens run build`);
} catch (error) {
  if (error instanceof ThemeCommandError || (error instanceof TypeError && 'code' in error)) {
    console.error(`theme: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
