// Generators for contributors: `pnpm gen component` and `pnpm gen theme` (Turborepo generators).
// Non-interactive: `pnpm gen component --args Hinweisbox "Hebt einen kurzen Hinweis hervor."`
//                  `pnpm gen theme --args koeln "Köln" "#e30613"`
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlopTypes } from '@turbo/gen';

const PASCAL = /^[A-Z][A-Za-z0-9]*$/;
const THEME_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const HEX = /^#[0-9a-fA-F]{6}$/;

/** The repository root that turbo gen passes with the answers. */
const rootOf = (answers: unknown): string =>
  (answers as { turbo: { paths: { root: string } } }).turbo.paths.root;

export default function generator(plop: PlopTypes.NodePlopAPI): void {
  plop.setGenerator('component', {
    description:
      'A new component: CSS, React component, tests, stories, German docs page, export and size budget',
    prompts: [
      {
        type: 'input',
        name: 'name',
        message: 'Component name in PascalCase (e.g. Hinweisbox):',
        validate: (value: string) =>
          PASCAL.test(value) || 'Use PascalCase letters and digits, e.g. Hinweisbox.',
      },
      {
        type: 'input',
        name: 'description',
        message: 'What is it for? One sentence in German:',
        validate: (value: string) =>
          value.trim().length > 0 || 'Describe the component in one sentence.',
      },
    ],
    actions: [
      {
        type: 'add',
        path: '{{ turbo.paths.root }}/packages/css/src/components/{{ kebabCase name }}.css',
        templateFile: 'templates/component/component.css.hbs',
      },
      ...['tsx', 'test.tsx', 'stories.tsx', 'mdx'].map((ext) => ({
        type: 'add' as const,
        path: `{{ turbo.paths.root }}/packages/react/src/{{ pascalCase name }}/{{ pascalCase name }}.${ext}`,
        templateFile: `templates/component/Component.${ext}.hbs`,
      })),
      {
        type: 'append',
        path: '{{ turbo.paths.root }}/packages/react/src/index.ts',
        template:
          "export { {{ pascalCase name }} } from './{{ pascalCase name }}/{{ pascalCase name }}.js';\nexport type { {{ pascalCase name }}Props } from './{{ pascalCase name }}/{{ pascalCase name }}.js';",
      },
      (answers) => {
        const { name } = answers as { name: string };
        const root = rootOf(answers);
        const file = join(root, 'packages/react/.size-limit.json');
        const budgets = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
        budgets.push({
          name: `${name} alone (React external)`,
          path: 'dist/index.js',
          import: `{ ${name} }`,
          ignore: ['react', 'react-dom', 'react/jsx-runtime'],
          gzip: true,
          limit: '400 B',
        });
        writeFileSync(file, `${JSON.stringify(budgets, null, 2)}\n`);
        return `size budget for ${name} added to packages/react/.size-limit.json`;
      },
      (answers) => {
        const { name } = answers as { name: string };
        const root = rootOf(answers);
        const kebab = (plop.getHelper('kebabCase') as (text: string) => string)(name);
        execFileSync(
          process.execPath,
          [
            join(root, 'node_modules/prettier/bin/prettier.cjs'),
            '--write',
            `packages/react/src/${name}`,
            `packages/css/src/components/${kebab}.css`,
            'packages/react/src/index.ts',
            'packages/react/.size-limit.json',
          ],
          { cwd: root, stdio: 'pipe' },
        );
        return 'generated files formatted with Prettier';
      },
    ],
  });

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
