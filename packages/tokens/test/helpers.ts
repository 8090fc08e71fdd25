import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** Copies the real theme folders into a temporary directory so a test can break one safely. */
export async function tempThemes(): Promise<{ themesDir: string; dist: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'sk-tokens-'));
  const themesDir = join(dir, 'themes');
  await cp(join(packageRoot, 'themes'), themesDir, { recursive: true });
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
