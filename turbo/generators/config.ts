// Generators for contributors: `pnpm gen component` (component.ts) and `pnpm gen theme` (Turborepo generators).
// Non-interactive: `pnpm gen theme --args koeln "Köln" "#e30613" "Noto Sans" 4px "Stadt Köln." "City of Cologne."
// Nordrhein-Westfalen`; for components see
// component.ts. The theme generator asks the questions and runs the theme command (docs/theming.md).
// `pnpm gen` starts @turbo/gen itself (`gen run`), not through `turbo gen`: the turbo binary drops its exit
// code, so a failed action (the theme command refusing its input) ended with 0 and scripts took it for done.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlopTypes } from '@turbo/gen';
import { registerComponentGenerator } from './component';

/** This folder's repository root (turbo gen loads the config as CommonJS; the fallback is where `pnpm gen` runs). */
const repoRoot = typeof __dirname === 'string' ? join(__dirname, '../..') : process.cwd();
/** The tokens package's theme.json schema, which defines the theme-id pattern and the Länder once. */
const themeSchema = JSON.parse(
  readFileSync(join(repoRoot, 'packages/tokens/schemas/theme.schema.json'), 'utf8'),
) as { properties: { id: { pattern: string }; land: { enum: string[] } } };
const THEME_ID = new RegExp(themeSchema.properties.id.pattern);
/** The 16 Länder and „Länderübergreifend“ (the Bund, themes shared by several Länder). */
const LANDS = themeSchema.properties.land.enum;
const HEX = /^#[0-9a-fA-F]{6}$/;

/** The repository root that turbo gen passes with the answers. */
const rootOf = (answers: unknown): string =>
  (answers as { turbo: { paths: { root: string } } }).turbo.paths.root;

export default function generator(plop: PlopTypes.NodePlopAPI): void {
  registerComponentGenerator(plop);

  plop.setGenerator('theme', {
    description:
      'A new city theme: runs the theme command (packages/tokens/scripts/theme.mjs, see docs/theming.md)',
    prompts: [
      {
        type: 'input',
        name: 'id',
        message: 'Theme id, lower-case kebab-case (e.g. koeln):',
        validate: (value: string) =>
          THEME_ID.test(value) || 'Use lower-case letters, digits and hyphens, e.g. koeln.',
      },
      {
        type: 'input',
        name: 'displayName',
        message: 'Display name (e.g. Köln):',
        validate: (value: string) => value.trim().length > 0 || 'The theme needs a display name.',
      },
      {
        type: 'input',
        name: 'primary',
        message: 'Brand colour as hex (e.g. #e30613):',
        validate: (value: string) => HEX.test(value) || 'Use a hex colour like #e30613.',
      },
      {
        type: 'input',
        name: 'font',
        message: 'Font (a self-hosted font listed in docs/theming.md):',
        default: 'Fira Sans',
      },
      {
        type: 'input',
        name: 'radius',
        message: 'Corner radius (e.g. 4px, 0 for square corners):',
        default: '4px',
      },
      {
        type: 'input',
        name: 'descriptionDe',
        message: 'Short description in German (empty: generated):',
        default: '',
      },
      {
        type: 'input',
        name: 'descriptionEn',
        message: 'Short description in English (empty: generated):',
        default: '',
      },
      {
        // Storybook's theme picker groups the themes by Land.
        type: 'list',
        name: 'land',
        message: 'Land (Länderübergreifend: the Bund or several Länder):',
        choices: LANDS,
      },
    ],
    actions: [
      (answers) => {
        const a = answers as Record<
          'id' | 'displayName' | 'primary' | 'font' | 'radius' | 'land',
          string
        > &
          Partial<Record<'descriptionDe' | 'descriptionEn', string>>;
        const args = [
          ...['--id', a.id, '--name', a.displayName, '--primary', a.primary],
          ...['--font', a.font, '--radius', a.radius, '--land', a.land],
          ...(a.descriptionDe ? ['--description-de', a.descriptionDe] : []),
          ...(a.descriptionEn ? ['--description-en', a.descriptionEn] : []),
        ];
        try {
          // The one theme command; its messages (brand colour, CODEOWNERS, font package) are the result.
          return execFileSync(process.execPath, ['packages/tokens/scripts/theme.mjs', ...args], {
            cwd: rootOf(answers),
            encoding: 'utf8',
            stdio: 'pipe',
          }).trim();
        } catch (error) {
          throw new Error(String((error as { stderr?: string }).stderr ?? error).trim());
        }
      },
    ],
  });
}
