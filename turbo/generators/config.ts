// Generators for contributors: `pnpm gen component` (component.ts) and `pnpm gen theme` (Turborepo generators).
// Non-interactive: `pnpm gen theme --args koeln "Köln" "#e30613"`; for components see component.ts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlopTypes } from '@turbo/gen';
import { registerComponentGenerator } from './component';

/** This folder's repository root (turbo gen loads the config as CommonJS; the fallback is where `pnpm gen` runs). */
const repoRoot = typeof __dirname === 'string' ? join(__dirname, '../..') : process.cwd();
/** The theme-id pattern, defined once in the tokens package's theme.json schema. */
const THEME_ID = new RegExp(
  (
    JSON.parse(
      readFileSync(join(repoRoot, 'packages/tokens/schemas/theme.schema.json'), 'utf8'),
    ) as { properties: { id: { pattern: string } } }
  ).properties.id.pattern,
);
const HEX = /^#[0-9a-fA-F]{6}$/;

/** The repository root that turbo gen passes with the answers. */
const rootOf = (answers: unknown): string =>
  (answers as { turbo: { paths: { root: string } } }).turbo.paths.root;

export default function generator(plop: PlopTypes.NodePlopAPI): void {
  registerComponentGenerator(plop);

  plop.setGenerator('theme', {
    description: 'A new city theme: one folder of brand tokens in packages/tokens/themes',
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
        message: 'Primary brand colour as hex (e.g. #e30613):',
        validate: (value: string) => HEX.test(value) || 'Use a hex colour like #e30613.',
      },
    ],
    actions: [
      (answers) => {
        const { id, displayName, primary } = answers as {
          id: string;
          displayName: string;
          primary: string;
        };
        const root = rootOf(answers);
        execFileSync(
          process.execPath,
          [
            'packages/tokens/scripts/create-theme.mjs',
            '--id',
            id,
            '--name',
            displayName,
            '--primary',
            primary,
          ],
          { cwd: root, stdio: 'pipe' },
        );
        return `packages/tokens/themes/${id}/ written; build the tokens to check its contrast, then add the city to CODEOWNERS`;
      },
    ],
  });
}
