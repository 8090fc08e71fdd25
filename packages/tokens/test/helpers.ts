import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The theme folders a test's scratch copy holds: the reference theme and the three partner cities the tests name.
 * Not every folder of themes/, so that building a copy costs the same with four cities as with a hundred
 * (issue #31; docs/performance.md, „City themes at scale“). The real build is tested on every folder.
 */
export const FIXTURE_THEMES = ['kern', 'hamburg', 'muenchen', 'schleswig-holstein'] as const;

/** Copies the fixture themes' real folders into `themesDir`. */
export async function copyFixtureThemes(themesDir: string): Promise<void> {
  for (const id of FIXTURE_THEMES)
    await cp(join(packageRoot, 'themes', id), join(themesDir, id), { recursive: true });
}

/** Copies the fixture themes' folders into a temporary directory so a test can break one safely. */
export async function tempThemes(): Promise<{ themesDir: string; dist: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'sk-tokens-'));
  const themesDir = join(dir, 'themes');
  await copyFixtureThemes(themesDir);
  return { themesDir, dist: join(dir, 'dist') };
}

interface Leaf {
  $value: unknown;
}
/** The shape of a theme folder's JSON files, as far as the tests touch them. */
export interface ThemeJson {
  id?: string;
  name?: string;
  color?: unknown;
  brand: {
    color: { primary: Record<string, Leaf>; neutral: Record<string, Leaf> };
    radius: { default: Leaf };
    font?: unknown;
  };
}

export async function editJson(file: string, edit: (json: ThemeJson) => void): Promise<void> {
  const json = JSON.parse(await readFile(file, 'utf8')) as ThemeJson;
  edit(json);
  await writeFile(file, JSON.stringify(json, null, 2));
}

/** Adds a theme folder `id` (display name `name`) to `themesDir` as a copy of the KERN theme. */
export async function copyKernTheme(themesDir: string, id: string, name: string): Promise<void> {
  await cp(join(themesDir, 'kern'), join(themesDir, id), { recursive: true });
  await editJson(join(themesDir, `${id}/theme.json`), (j) => {
    j.id = id;
    j.name = name;
  });
}
