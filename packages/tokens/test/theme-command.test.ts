// The theme command (scripts/theme.mjs) on a temporary copy of the theme folders and CODEOWNERS files.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../scripts/build.mjs';
import { hexToOklch } from '@stadtkern/tokens/engine';
import { copyFixtureThemes, editJson, packageRoot } from './helpers';

const repoRoot = join(packageRoot, '../..');

/** A scratch "repository": the theme folders and both CODEOWNERS files. */
async function scratch(): Promise<{ root: string; themesDir: string; dist: string }> {
  const root = await mkdtemp(join(tmpdir(), 'sk-theme-command-'));
  await copyFixtureThemes(join(root, 'themes'));
  for (const dir of ['.github', '.gitlab']) {
    await mkdir(join(root, dir));
    await cp(join(repoRoot, dir, 'CODEOWNERS'), join(root, dir, 'CODEOWNERS'));
  }
  return { root, themesDir: join(root, 'themes'), dist: join(root, 'dist') };
}

function theme(root: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [
      join(packageRoot, 'scripts/theme.mjs'),
      '--themes-dir',
      join(root, 'themes'),
      '--repo-root',
      root,
      ...args,
    ],
    { encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The light block of a theme's CSS (before the first media query). */
const lightBlock = (css: string) => css.slice(0, css.indexOf('@media'));

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = await readdir(dir);
  return Object.fromEntries(
    await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f), 'utf8')] as const)),
  );
}

describe('theme command', () => {
  it('keeps a passable brand colour as the action colour in the built CSS', async () => {
    const { root, themesDir, dist } = await scratch();
    const run = theme(root, '--id', 'stuttgart', '--name', 'Stuttgart', '--primary', '#c8102e');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Ihre Markenfarbe #c8102e ist die Aktionsfarbe (Stufe 600');
    await build({ root: packageRoot, themesDir, dist });
    const css = await readFile(join(dist, 'css/themes/stuttgart.css'), 'utf8');
    expect(lightBlock(css)).toContain('--sk-color-action-default: #c8102e;');
  });

  it('replaces a brand colour that cannot carry white text and names the failing pairs in German and English', async () => {
    const { root, themesDir, dist } = await scratch();
    const run = theme(root, '--id', 'gelbstadt', '--name', 'Gelbstadt', '--primary', '#ffd700');
    expect(run.status).toBe(0);
    const de =
      /Ihre Markenfarbe #ffd700 besteht als Füllung der Schaltflächen nicht: color\.action\.on-default auf color\.action\.primary\.background \(1,40 : 1\), .*; Schaltflächen verwenden (#[0-9a-f]{6}) \(Stufe (\d+), weiße Schrift (\d+,\d+) : 1\)\./.exec(
        run.stdout,
      );
    expect(de, run.stdout).not.toBeNull();
    const [, used, step, ratio] = de ?? [];
    expect(run.stdout).toMatch(
      new RegExp(
        `Your brand colour #ffd700 does not pass as the fill of buttons: color\\.action\\.on-default on color\\.action\\.primary\\.background \\(1\\.40 : 1\\), .*; buttons use ${used} \\(step ${step}, white text ${ratio?.replace(',', '\\.')} : 1\\)\\.`,
      ),
    );
    await build({ root: packageRoot, themesDir, dist });
    const css = await readFile(join(dist, 'css/themes/gelbstadt.css'), 'utf8');
    expect(lightBlock(css)).toContain(`--sk-color-action-primary-background: ${used};`);
    const brand = JSON.parse(await readFile(join(themesDir, 'gelbstadt/brand.json'), 'utf8')) as {
      brand: { color: { primary: Record<string, { $value: string }> } };
    };
    expect(Object.values(brand.brand.color.primary).map((s) => s.$value)).toContain('#ffd700');
  });

  it('fills the buttons with a red that carries white text but fails as text on grey surfaces (Köln)', async () => {
    const { root, themesDir, dist } = await scratch();
    const red = '#e2001a';
    const run = theme(root, '--id', 'domstadt', '--name', 'Köln', '--primary', red);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // White text on the red is 4.94 : 1: it passes as the fill, and the command says so.
    expect(run.stdout).toContain(
      `Ihre Markenfarbe ${red} füllt die Schaltflächen (Stufe 500, weiße Schrift 4,94 : 1).`,
    );
    expect(run.stdout).toContain(
      `Your brand colour ${red} fills the buttons (step 500, white text 4.94 : 1).`,
    );
    // As text it fails on the grey surface and the hover tints: each pair is named with its ratio.
    const failing = [
      ['color.layout.background.level-3', '4,15', '4.15'],
      ['color.action.secondary.hover', '4,42', '4.42'],
      ['color.action.secondary.active', '3,96', '3.96'],
    ];
    const de =
      /Als Textfarbe auf Flächen erreicht #e2001a nicht 4,5 : 1: (.*); Links und farbiger Text verwenden (#[0-9a-f]{6}) \(Stufe (\d+), mindestens (\d+,\d+) : 1\)\./.exec(
        run.stdout,
      );
    expect(de, run.stdout).not.toBeNull();
    const [, pairs, text, step] = de ?? [];
    expect(pairs?.split(', ')).toEqual(
      failing.map(([bg, ratio]) => `color.action.default auf ${bg} (${ratio} : 1)`),
    );
    expect(run.stdout).toContain(
      `As a text colour on surfaces ${red} does not reach 4.5 : 1: ${failing
        .map(([bg, , ratio]) => `color.action.default on ${bg} (${ratio} : 1)`)
        .join(', ')}; links and brand-coloured text use ${text} (step ${step},`,
    );
    await build({ root: packageRoot, themesDir, dist });
    const light = lightBlock(await readFile(join(dist, 'css/themes/domstadt.css'), 'utf8'));
    // The exact brand colour fills the buttons; links take the nearest step that passes everywhere.
    expect(light).toContain(`--sk-color-action-primary-background: ${red};`);
    expect(light).toContain(`--sk-color-form-checked: ${red};`);
    expect(text).not.toBe(red);
    expect(light).toContain(`--sk-color-action-default: ${text};`);
  });

  it('takes the greys from a neutral tint when one is given, and refuses a tint that is no colour', async () => {
    const { root, themesDir } = await scratch();
    const tint = '#8a5a2b';
    const run = theme(
      root,
      '--id',
      'warmstadt',
      '--name',
      'Warmstadt',
      '--primary',
      '#005a9f',
      '--neutral',
      tint,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const brand = JSON.parse(await readFile(join(themesDir, 'warmstadt/brand.json'), 'utf8')) as {
      brand: { color: { neutral: Record<string, { $value: string }> } };
    };
    const hue = (hex: string) => hexToOklch(hex).h;
    const grey = brand.brand.color.neutral['500']?.$value ?? '';
    // The greys lean towards the tint's hue (orange-brown), not the brand colour's (blue).
    expect(Math.abs(hue(grey) - hue(tint))).toBeLessThan(10);
    expect(Math.abs(hue(grey) - hue('#005a9f'))).toBeGreaterThan(90);
    expect(hexToOklch(grey).c).toBeLessThanOrEqual(0.03 + 1e-6);
    const bad = theme(
      root,
      '--id',
      'kaltstadt',
      '--name',
      'Kaltstadt',
      '--primary',
      '#005a9f',
      '--neutral',
      'grau',
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('theme: Neutral tint "grau" must be a hex colour like #005a9f.');
  });

  it('refuses to overwrite an existing theme without --force and leaves it unchanged', async () => {
    const { root, themesDir } = await scratch();
    expect(
      theme(root, '--id', 'stuttgart', '--name', 'Stuttgart', '--primary', '#c8102e').status,
    ).toBe(0);
    const before = await snapshot(join(themesDir, 'stuttgart'));
    const again = theme(root, '--id', 'stuttgart', '--name', 'Stuttgart', '--primary', '#00ff00');
    expect(again.status).toBe(2);
    expect(again.stderr.trim().split('\n')).toEqual([
      'theme: themes/stuttgart already exists; nothing was changed. Re-run with --force to update only the values you pass (hand-tuned steps are kept).',
    ]);
    expect(await snapshot(join(themesDir, 'stuttgart'))).toEqual(before);
  });

  it('with --force changes only the values given and keeps hand-tuned steps and the font', async () => {
    const { root, themesDir } = await scratch();
    await editJson(join(themesDir, 'muenchen/brand.json'), (j) => {
      j.brand.color.neutral['300'] = { $value: '#b0b4b9' };
    });
    const run = theme(root, '--id', 'muenchen', '--radius', '6px', '--force');
    expect(run.status).toBe(0);
    const brand = JSON.parse(await readFile(join(themesDir, 'muenchen/brand.json'), 'utf8')) as {
      brand: {
        color: { neutral: Record<string, { $value: string }> };
        radius: { default: { $value: string } };
        font: { family: { $value: string[] } };
      };
    };
    expect(brand.brand.color.neutral['300']?.$value).toBe('#b0b4b9');
    expect(brand.brand.radius.default.$value).toBe('6px');
    expect(brand.brand.font.family.$value[0]).toBe('Roboto');
  });

  it('keeps exit code 2 for a bad id when run the documented way, pnpm -C packages/tokens theme', () => {
    // docs/theming.md: pnpm adds its own lines around the command's; through --filter it reports exit code 1.
    const run = spawnSync('pnpm', ['-C', packageRoot, 'theme', '--id', 'Koeln'], {
      encoding: 'utf8',
      cwd: repoRoot,
    });
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      '$ node scripts/theme.mjs --id Koeln',
      'theme: Theme id "Koeln" must be lower-case kebab-case, e.g. "koeln" or "bad-homburg" (pattern ^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$).',
      '[ELIFECYCLE] Command failed with exit code 2.',
    ]);
    const filtered = spawnSync(
      'pnpm',
      ['--filter', '@stadtkern/tokens', 'theme', '--id', 'Koeln'],
      {
        encoding: 'utf8',
        cwd: repoRoot,
      },
    );
    expect(filtered.status).toBe(1);
    expect(filtered.stderr).toContain('ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL');
  });

  it('writes the Land given with --land, keeps it on --force and refuses one that is no Land', async () => {
    const { root, themesDir } = await scratch();
    const land = async () =>
      (
        JSON.parse(await readFile(join(themesDir, 'stuttgart/theme.json'), 'utf8')) as {
          land?: string;
        }
      ).land;
    const run = theme(
      root,
      ...['--id', 'stuttgart', '--name', 'Stuttgart', '--primary', '#c8102e'],
      ...['--land', 'Baden-Württemberg'],
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(await land()).toBe('Baden-Württemberg');
    expect(theme(root, '--id', 'stuttgart', '--radius', '6px', '--force').status).toBe(0);
    expect(await land()).toBe('Baden-Württemberg');
    const bad = theme(root, '--id', 'stuttgart', '--land', 'Schwaben', '--force');
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toEqual([
      'theme: Land "Schwaben" is not one of: Baden-Württemberg, Bayern, Berlin, Brandenburg, Bremen, Hamburg, Hessen, Mecklenburg-Vorpommern, Niedersachsen, Nordrhein-Westfalen, Rheinland-Pfalz, Saarland, Sachsen, Sachsen-Anhalt, Schleswig-Holstein, Thüringen, Länderübergreifend (docs/theming.md).',
    ]);
    expect(await land()).toBe('Baden-Württemberg');
  });

  it('fails on a bad id with one line and exit code 2', () => {
    const run = theme(packageRoot, '--id', 'Köln', '--name', 'Köln', '--primary', '#e30613');
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      'theme: Theme id "Köln" must be lower-case kebab-case, e.g. "koeln" or "bad-homburg" (pattern ^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$).',
    ]);
  });

  it('writes a default description in German and English when none is given', async () => {
    const { root, themesDir } = await scratch();
    const run = theme(root, '--id', 'domstadt', '--name', 'Köln', '--primary', '#e2001a');
    expect(run.status).toBe(0);
    const meta = JSON.parse(await readFile(join(themesDir, 'domstadt/theme.json'), 'utf8')) as {
      description: string;
    };
    expect(meta.description).toBe(
      'Köln: Markenfarbe #e2001a, Schrift Fira Sans. / Köln: brand colour #e2001a, Fira Sans typeface.',
    );
  });

  it("writes theme files the repository's Prettier leaves as they are (format:check passes on a new city)", async () => {
    const { root, themesDir } = await scratch();
    const run = theme(
      root,
      ...['--id', 'stadt-prettier', '--name', 'Prettier', '--primary', '#587b0f'],
      ...['--font', 'Source Sans 3', '--land', 'Hamburg'],
    );
    expect(run.status).toBe(0);
    const prettier = await import('prettier');
    for (const file of ['theme.json', 'brand.json']) {
      const text = await readFile(join(themesDir, 'stadt-prettier', file), 'utf8');
      // The repository's options for a theme folder, wherever the command wrote it.
      const filepath = join(packageRoot, 'themes/stadt-prettier', file);
      const options = (await prettier.resolveConfig(filepath)) ?? {};
      expect(await prettier.check(text, { ...options, filepath }), file).toBe(true);
    }
  });

  it('writes a bilingual description and the CODEOWNERS entries in GitHub and GitLab syntax', async () => {
    const { root, themesDir } = await scratch();
    const run = theme(
      root,
      ...[
        '--id',
        'stuttgart',
        '--name',
        'Stuttgart',
        '--primary',
        '#c8102e',
        '--font',
        'Noto Sans',
      ],
      ...[
        '--description-de',
        'Landeshauptstadt Stuttgart.',
        '--description-en',
        'City of Stuttgart.',
      ],
    );
    expect(run.status).toBe(0);
    const meta = JSON.parse(await readFile(join(themesDir, 'stuttgart/theme.json'), 'utf8')) as {
      description: string;
      font: { package: string };
    };
    expect(meta.description).toBe('Landeshauptstadt Stuttgart. / City of Stuttgart.');
    expect(meta.font.package).toBe('@fontsource/noto-sans');
    const github = await readFile(join(root, '.github/CODEOWNERS'), 'utf8');
    expect(github).toMatch(/^\/packages\/tokens\/themes\/stuttgart\/ +@stadtkern\/stuttgart$/m);
    const gitlab = await readFile(join(root, '.gitlab/CODEOWNERS'), 'utf8');
    expect(gitlab).toContain(
      '[Theme Stuttgart]\n/packages/tokens/themes/stuttgart/ @stadtkern/stuttgart\n\n[Governance]',
    );
  });
});

describe('contrast failure message', () => {
  it('names the brand step, the file to edit and the nearest shade that passes', async () => {
    const { themesDir, dist } = await scratch();
    await editJson(join(themesDir, 'kern/brand.json'), (j) => {
      j.brand.color.primary['800'] = { $value: '#789fde' };
    });
    await expect(build({ root: packageRoot, themesDir, dist })).rejects.toThrow(
      'contrast too low in theme "kern" (light): color.action.default (#789fde) on color.layout.background.level-1 (#ffffff) is 2.69:1, needs at least 4.5:1 for links and tertiary buttons (WCAG 1.4.3). To fix: color.action.default comes from primary.800 (brand.color.primary.800 in themes/kern/brand.json); the nearest shade that passes is primary.900 (#07285c, 14.31:1)',
    );
  });
});
