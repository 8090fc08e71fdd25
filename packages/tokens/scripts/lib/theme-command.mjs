// The theme command: writes or updates one city's folder (themes/<id>/theme.json + brand.json) from a few
// brand decisions, keeps the exact brand colour as the action colour wherever it passes the contrast gate,
// writes the CODEOWNERS entries and adds a missing font package. `pnpm --filter @stadtkern/tokens theme`
// and `pnpm gen theme` both run this one implementation (scripts/theme.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PALETTE_STEPS,
  contrastRatio,
  isHexColor,
  nearestStep,
  paletteFromSeed,
} from './color.mjs';
import { checkContrast } from './contrast-gate.mjs';
import { THEME_ID_RE } from './facts.mjs';
import { FONTS } from './fonts.mjs';
import { schemaRef } from './schemas.mjs';
import { SCHEMES, sourceFiles } from './sources.mjs';
import { resolveScheme, themeDictionary } from './style-dictionary.mjs';

/** Bad input: the CLI prints the message as one line and exits with code 2. */
export class ThemeCommandError extends Error {
  name = 'ThemeCommandError';
}

const RESERVED_IDS = ['all', 'default'];
const RADIUS_RE = /^(0|\d+(\.\d+)?(px|rem))$/;
const TEXT = 4.5;

/**
 * @typedef {{ id: string, name?: string, primary?: string, font?: string, radius?: string,
 *   descriptionDe?: string, descriptionEn?: string, owner?: string, force?: boolean }} ThemeInput
 * @typedef {{ packageRoot: string, themesDir: string, repoRoot?: string,
 *   installFont?: (pkg: string) => void }} ThemeContext
 */

const stepToken = (/** @type {string} */ step) => `{brand.color.primary.${step}}`;
const next = (/** @type {string} */ step, /** @type {number} */ by) =>
  PALETTE_STEPS[Math.min(PALETTE_STEPS.indexOf(step) + by, PALETTE_STEPS.length - 1)];
const deRatio = (/** @type {number} */ n) => n.toFixed(n >= 10 ? 1 : 2).replace('.', ',');
const enRatio = (/** @type {number} */ n) => n.toFixed(n >= 10 ? 1 : 2);

/** The role tokens for an action colour at `step`: hover and active go one and two steps darker. */
const roles = (/** @type {string} */ step) => ({
  $description:
    'Which primary step serves which role (docs/theming.md). The theme command keeps the brand colour as the action step wherever it passes the contrast gate.',
  action: { $value: stepToken(step) },
  'action-hover': { $value: stepToken(next(step, 1)) },
  'action-active': { $value: stepToken(next(step, 2)) },
});

/** @param {ThemeInput} input */
function validate(input, /** @type {boolean} */ exists) {
  const { id } = input;
  if (!THEME_ID_RE.test(id))
    throw new ThemeCommandError(
      `Theme id "${id}" must be lower-case kebab-case, e.g. "koeln" or "bad-homburg" (pattern ${THEME_ID_RE.source}).`,
    );
  if (RESERVED_IDS.includes(id))
    throw new ThemeCommandError(
      `Theme id "${id}" is reserved for generated files; choose another id.`,
    );
  if (!exists && (!input.name || !input.primary))
    throw new ThemeCommandError('A new theme needs --name and --primary (the brand colour).');
  if (input.primary !== undefined && !(isHexColor(input.primary) && input.primary.length === 7))
    throw new ThemeCommandError(
      `Brand colour "${input.primary}" must be a hex colour like #005a9f.`,
    );
  if (input.font !== undefined && !(input.font in FONTS))
    throw new ThemeCommandError(
      `Font "${input.font}" is not one of the self-hosted fonts: ${Object.keys(FONTS).join(', ')} (docs/theming.md).`,
    );
  if (input.radius !== undefined && !RADIUS_RE.test(input.radius))
    throw new ThemeCommandError(
      `Radius "${input.radius}" must be a length like 4px, 0.25rem or 0.`,
    );
}

/** Resolves a candidate folder with the build's own pipeline and runs the contrast gate on it. */
async function gate(
  /** @type {string} */ packageRoot,
  /** @type {string} */ dir,
  /** @type {string} */ id,
) {
  const theme = { id, dir };
  /** @type {string[]} */
  const problems = [];
  /** @type {Record<string, Map<string, unknown>>} */
  const values = {};
  for (const scheme of SCHEMES) {
    const sd = themeDictionary({
      root: packageRoot,
      theme,
      scheme,
      files: sourceFiles(packageRoot, dir, scheme),
      problems,
    });
    const resolved = await resolveScheme(sd, { theme, scheme, root: packageRoot, problems });
    if (!resolved) continue;
    values[scheme] = resolved.values;
    problems.push(...checkContrast({ theme: id, scheme, ...resolved }).failures);
  }
  return { problems, light: values.light };
}

/** Failures that the action role causes (and a different primary step could fix). */
const actionFailures = (/** @type {string[]} */ problems) =>
  problems.filter((p) =>
    /\(light\): color\.(action\.(default|hover|active|on-default)|form\.checked) /.test(p),
  );

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
  validate(input, exists);
  if (exists && !input.force)
    throw new ThemeCommandError(
      `themes/${input.id} already exists; nothing was changed. Re-run with --force to update only the values you pass (hand-tuned steps are kept).`,
    );
  const messages = [];
  const readJson = async (/** @type {string} */ name) =>
    exists && existsSync(join(dir, name))
      ? JSON.parse(await readFile(join(dir, name), 'utf8'))
      : undefined;
  const oldMeta = await readJson('theme.json');
  const oldBrand = await readJson('brand.json');

  // theme.json
  const name = input.name ?? oldMeta?.name ?? input.id;
  const fontFamily = input.font ?? oldMeta?.font?.family ?? 'Fira Sans';
  const primary = (input.primary ?? oldMeta?.brand?.primary)?.toLowerCase();
  const [oldDe, oldEn] = String(oldMeta?.description ?? '').split(' / ');
  const description =
    input.descriptionDe || input.descriptionEn || !oldMeta
      ? `${input.descriptionDe ?? oldDe ?? `${name}: Markenfarbe ${primary}, Schrift ${fontFamily}.`} / ${input.descriptionEn ?? oldEn ?? `${name}: brand colour ${primary}, ${fontFamily} typeface.`}`
      : oldMeta.description;
  const meta = {
    $schema: schemaRef('theme.json'),
    id: input.id,
    name,
    description,
    ...(primary ? { brand: { primary } } : {}),
    font: { family: fontFamily, package: FONTS[fontFamily] ?? oldMeta?.font?.package },
  };

  // brand.json: a new folder gets generated palettes; an existing one keeps every step not given.
  const brand = oldBrand ?? {
    $schema: schemaRef('brand.json'),
    brand: {
      color: {
        $type: 'color',
        primary: {},
        neutral: {},
      },
      font: { family: { $type: 'fontFamily', $value: [] } },
      radius: { $type: 'dimension', default: { $value: '4px' } },
    },
  };
  brand.$schema = schemaRef('brand.json');
  const color = brand.brand.color;
  if (!oldBrand && primary) {
    const toTokens = (/** @type {Record<string, string>} */ p) =>
      Object.fromEntries(Object.entries(p).map(([k, v]) => [k, { $value: v }]));
    color.primary = toTokens(paletteFromSeed(primary));
    color.neutral = {
      0: { $value: '#ffffff' },
      ...toTokens(paletteFromSeed(primary, { chroma: 0.012 })),
    };
  }
  /** @type {string | undefined} */
  let brandStep;
  if (input.primary && primary) {
    brandStep = nearestStep(primary);
    color.primary[brandStep] = { $value: primary };
    color.role = roles(brandStep);
  } else if (!color.role) color.role = roles('800');
  if (input.font || !oldBrand)
    brand.brand.font.family.$value = [
      fontFamily,
      'system-ui',
      '-apple-system',
      'Segoe UI',
      'Arial',
      'sans-serif',
    ];
  if (input.radius) brand.brand.radius.default.$value = input.radius;

  // Keep the brand colour as the action step where it passes; otherwise the nearest step that does.
  const scratch = await mkdtemp(join(tmpdir(), 'sk-theme-'));
  try {
    const candidate = join(scratch, input.id);
    if (exists) await cp(dir, candidate, { recursive: true });
    else await mkdir(candidate, { recursive: true });
    const tryStep = async (/** @type {string} */ step) => {
      color.role = roles(step);
      await writeFile(join(candidate, 'brand.json'), `${JSON.stringify(brand, null, 2)}\n`);
      await writeFile(join(candidate, 'theme.json'), `${JSON.stringify(meta, null, 2)}\n`);
      return gate(context.packageRoot, candidate, input.id);
    };
    const start = /** @type {string} */ (
      /\.(\d+)\}$/.exec(String(color.role.action.$value))?.[1] ?? '800'
    );
    let result = await tryStep(start);
    if (brandStep && actionFailures(result.problems).length > 0) {
      const index = PALETTE_STEPS.indexOf(brandStep);
      const order = PALETTE_STEPS.map((step, i) => ({ step, d: Math.abs(i - index) }))
        .filter((c) => c.step !== brandStep)
        .sort((a, b) => a.d - b.d || Number(b.step) - Number(a.step));
      let chosen;
      for (const { step } of order) {
        result = await tryStep(step);
        if (actionFailures(result.problems).length === 0) {
          chosen = step;
          break;
        }
      }
      if (!chosen)
        throw new ThemeCommandError(
          `No step of the palette of ${primary} passes the contrast gate for buttons and links.`,
        );
      const used = String(result.light?.get(`brand.color.primary.${chosen}`));
      const white = contrastRatio('#ffffff', /** @type {string} */ (primary));
      const usedRatio = contrastRatio('#ffffff', used);
      const why =
        white < TEXT
          ? {
              de: `trägt keine weiße Schrift (${deRatio(white)} : 1)`,
              en: `does not carry white text (${enRatio(white)} : 1)`,
            }
          : {
              de: 'erreicht auf den Hintergründen nicht 4,5 : 1',
              en: 'does not reach 4.5 : 1 on the page backgrounds',
            };
      messages.push(
        `Ihre Markenfarbe ${primary} ${why.de}; Schaltflächen verwenden ${used} (Stufe ${chosen}, ${deRatio(usedRatio)} : 1).`,
        `Your brand colour ${primary} ${why.en}; buttons use ${used} (step ${chosen}, ${enRatio(usedRatio)} : 1).`,
      );
    } else if (brandStep) {
      messages.push(
        `Ihre Markenfarbe ${primary} ist die Aktionsfarbe (Stufe ${brandStep}, weiße Schrift ${deRatio(contrastRatio('#ffffff', primary ?? ''))} : 1).`,
        `Your brand colour ${primary} is the action colour (step ${brandStep}, white text ${enRatio(contrastRatio('#ffffff', primary ?? ''))} : 1).`,
      );
    }
    if (result.problems.length > 0)
      messages.push(
        'The contrast gate still fails; edit the steps it names, then run the tokens build:',
        ...result.problems.map((p) => `  - ${p}`),
      );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }

  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'brand.json'), `${JSON.stringify(brand, null, 2)}\n`);
  await writeFile(join(dir, 'theme.json'), `${JSON.stringify(meta, null, 2)}\n`);
  if (meta.font.package && ensureFont(context, meta.font.package))
    messages.push(`Added ${meta.font.package} to packages/tokens devDependencies.`);
  // A new city gets its CODEOWNERS entries; an existing folder keeps the ones it has.
  if (context.repoRoot && !exists) {
    const owner = input.owner ?? `@stadtkern/${input.id}`;
    for (const file of await writeCodeowners(context.repoRoot, { id: input.id, name, owner }))
      messages.push(`${file}: ${owner} owns packages/tokens/themes/${input.id}/.`);
  }
  return { dir, messages };
}
