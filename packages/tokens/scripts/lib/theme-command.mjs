// The theme command: writes or updates one city's folder (themes/<id>/theme.json + brand.json) from a few
// brand decisions, keeps the exact brand colour as the fill of primary buttons wherever it passes the contrast gate
// there (links take the nearest step that passes on every surface), writes the CODEOWNERS entries and adds a missing
// font package. `pnpm -C packages/tokens theme` and `pnpm gen theme` both run this one implementation
// (scripts/theme.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ThemeCommandError,
  deriveTheme,
  gateTheme,
  themeFileText,
  validateThemeInput,
} from '@stadtkern/tokens/engine';
import { sourceFiles } from './sources.mjs';

export { ThemeCommandError };

/**
 * @typedef {import('@stadtkern/tokens/engine').ThemeInput} ThemeInput
 * @typedef {{ packageRoot: string, themesDir: string, repoRoot?: string,
 *   installFont?: (pkg: string) => void }} ThemeContext
 */

/** Writes the two CODEOWNERS entries of a theme (GitHub and GitLab syntax), unless present. */
async function writeCodeowners(
  /** @type {string} */ repoRoot,
  /** @type {{ id: string, name: string, owner: string }} */ { id, name, owner },
) {
  const path = `/packages/tokens/themes/${id}/`;
  const written = [];
  const github = join(repoRoot, '.github/CODEOWNERS');
  if (existsSync(github)) {
    const text = await readFile(github, 'utf8');
    if (!text.includes(path)) {
      const lines = text.split('\n');
      const last = lines.findLastIndex((l) => l.startsWith('/packages/tokens/themes/'));
      // Align the owner with the column of the entries above.
      const column = Math.max(path.length, (lines[last] ?? '').search(/\s@/));
      lines.splice(last + 1, 0, `${path.padEnd(column)} ${owner}`);
      await writeFile(github, lines.join('\n'));
      written.push('.github/CODEOWNERS');
    }
  }
  const gitlab = join(repoRoot, '.gitlab/CODEOWNERS');
  if (existsSync(gitlab)) {
    const text = await readFile(gitlab, 'utf8');
    if (!text.includes(path)) {
      const section = `[Theme ${name}]\n${path} ${owner}\n\n`;
      const at = text.indexOf('[Governance]');
      await writeFile(
        gitlab,
        at >= 0 ? text.slice(0, at) + section + text.slice(at) : `${text}\n${section}`,
      );
      written.push('.gitlab/CODEOWNERS');
    }
  }
  return written;
}

/** Adds the font's @fontsource package to packages/tokens devDependencies when it is not installed. */
function ensureFont(/** @type {ThemeContext} */ context, /** @type {string} */ pkg) {
  try {
    createRequire(join(context.packageRoot, 'package.json')).resolve(`${pkg}/package.json`);
    return false;
  } catch {
    const install =
      context.installFont ??
      ((/** @type {string} */ name) =>
        execFileSync('pnpm', ['--filter', '@stadtkern/tokens', 'add', '-D', '-E', name], {
          cwd: context.repoRoot ?? join(context.packageRoot, '../..'),
          stdio: 'pipe',
        }));
    install(pkg);
    return true;
  }
}

/**
 * Creates themes/<id>/ or, with `force`, updates only the values given.
 * @param {ThemeInput} input @param {ThemeContext} context
 * @returns {Promise<{ dir: string, messages: string[] }>}
 */
export async function runThemeCommand(input, context) {
  const dir = join(context.themesDir, input.id);
  const exists = existsSync(dir);
  validateThemeInput(input, exists);
  if (exists && !input.force)
    throw new ThemeCommandError(
      `themes/${input.id} already exists; nothing was changed. Re-run with --force to update only the values you pass (hand-tuned steps are kept).`,
    );
  const readJson = async (/** @type {string} */ name) =>
    exists && existsSync(join(dir, name))
      ? JSON.parse(await readFile(join(dir, name), 'utf8'))
      : undefined;

  // Each candidate is written to a scratch copy of the folder and gated there.
  const scratch = await mkdtemp(join(tmpdir(), 'sk-theme-'));
  /** @type {Awaited<ReturnType<typeof deriveTheme>>} */
  let derived;
  try {
    const candidate = join(scratch, input.id);
    if (exists) await cp(dir, candidate, { recursive: true });
    else await mkdir(candidate, { recursive: true });
    derived = await deriveTheme(input, {
      oldMeta: await readJson('theme.json'),
      oldBrand: await readJson('brand.json'),
      gate: async ({ meta, brand }) => {
        await writeFile(join(candidate, 'brand.json'), themeFileText(brand));
        await writeFile(join(candidate, 'theme.json'), themeFileText(meta));
        return gateTheme({
          root: context.packageRoot,
          dir: candidate,
          id: input.id,
          files: (scheme) => sourceFiles(context.packageRoot, candidate, scheme),
        });
      },
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const { meta, brand, result } = derived;
  const messages = [...derived.messages];
  if (result.problems.length > 0)
    messages.push(
      'The contrast gate still fails; edit the steps it names, then run the tokens build:',
      ...result.problems.map((p) => `  - ${p}`),
    );

  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'brand.json'), themeFileText(brand));
  await writeFile(join(dir, 'theme.json'), themeFileText(meta));
  if (meta.font.package && ensureFont(context, meta.font.package))
    messages.push(`Added ${meta.font.package} to packages/tokens devDependencies.`);
  // A new city gets its CODEOWNERS entries; an existing folder keeps the ones it has.
  if (context.repoRoot && !exists) {
    const owner = input.owner ?? `@stadtkern/${input.id}`;
    for (const file of await writeCodeowners(context.repoRoot, {
      id: input.id,
      name: meta.name,
      owner,
    }))
      messages.push(`${file}: ${owner} owns packages/tokens/themes/${input.id}/.`);
  }
  return { dir, messages };
}
