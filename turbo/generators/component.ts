// `pnpm gen component`: a new component's CSS, React component, tests, stories and German docs page,
// its export and its size budget. Every answer can be given on the command line, in prompt order:
//   pnpm gen component --args <Name> "<description>" <category> <root element> <interactive: yes|no> "<criteria>"
// e.g. pnpm gen component --args Hinweisbox "Hebt einen kurzen Hinweis hervor." Inhalt div no \
//        $'Zeigt seinen Inhalt als Text an.\nGibt weitere HTML-Attribute an das Wurzelelement weiter.'
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlopTypes } from '@turbo/gen';

const PASCAL = /^[A-Z][A-Za-z0-9]*$/;

/**
 * Root elements the generator can write: content elements that take children. The component's
 * props extend the element's own attributes; `button` defaults to type="button".
 */
const ROOT_ELEMENTS = {
  div: { elementType: 'HTMLDivElement', description: 'generic container' },
  section: { elementType: 'HTMLElement', description: 'a section with its own heading' },
  aside: { elementType: 'HTMLElement', description: 'complementary content (landmark)' },
  nav: { elementType: 'HTMLElement', description: 'navigation links (landmark)' },
  p: { elementType: 'HTMLParagraphElement', description: 'a paragraph of text' },
  span: { elementType: 'HTMLSpanElement', description: 'inline text' },
  button: { elementType: 'HTMLButtonElement', description: 'an action (type="button")' },
} as const;
type RootElement = keyof typeof ROOT_ELEMENTS;

/** Lines of the criteria editor that start with this are instructions, not criteria. */
const COMMENT = '#';
const CRITERIA_TEMPLATE = [
  `${COMMENT} One acceptance criterion per line, in German, as a full sentence. Each line becomes one`,
  `${COMMENT} test in the test file and one item of the docs page's list. Lines starting with ${COMMENT} are ignored.`,
  `${COMMENT} Example: Der zugängliche Name kommt aus dem sichtbaren Text.`,
  '',
].join('\n');

type Answers = {
  name: string;
  description: string;
  category: string;
  element: RootElement;
  interactive: boolean;
  criteria: string[];
};

/** The repository root that turbo gen passes with the answers. */
const rootOf = (answers: unknown): string =>
  (answers as { turbo: { paths: { root: string } } }).turbo.paths.root;

/** Criteria from the editor text (or the command-line argument): one per line, without comments and list marks. */
export function parseCriteria(value: unknown): string[] {
  const lines = Array.isArray(value) ? value.map(String) : String(value ?? '').split(/\r?\n/);
  return lines
    .map((line) => line.trim().replace(/^[-*]\s+/, ''))
    .filter((line) => line.length > 0 && !line.startsWith(COMMENT));
}

/** The component categories in use: the middle part of `Komponenten/<category>/<Name>` story titles. */
export function componentCategories(root: string): string[] {
  const src = join(root, 'packages/react/src');
  const categories = new Set<string>();
  for (const entry of readdirSync(src, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const stories = join(src, entry.name, `${entry.name}.stories.tsx`);
    let text: string;
    try {
      text = readFileSync(stories, 'utf8');
    } catch {
      continue; // a folder without stories (internal helpers, tests, locale)
    }
    const category = /title:\s*'Komponenten\/([^/']+)\//.exec(text)?.[1];
    if (category) categories.add(category);
  }
  if (categories.size === 0)
    throw new Error(`no story titled 'Komponenten/<category>/<Name>' found under ${src}`);
  return [...categories].sort((a, b) => a.localeCompare(b, 'de'));
}

export function registerComponentGenerator(plop: PlopTypes.NodePlopAPI): void {
  // A JavaScript string literal (Prettier turns it into the project's quote style).
  plop.setHelper('json', (value: unknown) => JSON.stringify(value));
  // The message of a test that is not written yet: it fails until someone writes it.
  plop.setHelper('notWrittenYet', (value: unknown) =>
    JSON.stringify(`Not written yet: ${String(value)}`),
  );
  // Text for Markdown/MDX: characters MDX would read as JSX or expressions are escaped.
  plop.setHelper('mdxText', (value: unknown) => String(value).replace(/[{}<>]/g, (c) => `\\${c}`));

  const categories = componentCategories(plop.getDestBasePath());

  plop.setGenerator('component', {
    description:
      'A new component: CSS, React component, tests from acceptance criteria, stories, German docs page, export and size budget',
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
          (value.trim().length > 0 && !value.includes('*/')) ||
          'Describe the component in one sentence (without "*/").',
      },
      {
        type: 'list',
        name: 'category',
        message: 'Storybook category (Komponenten/<category>/<Name>):',
        choices: categories,
      },
      {
        type: 'list',
        name: 'element',
        message: 'Root element:',
        choices: Object.entries(ROOT_ELEMENTS).map(([value, { description }]) => ({
          name: `<${value}> – ${description}`,
          value,
        })),
      },
      {
        type: 'confirm',
        name: 'interactive',
        message: 'Is it interactive (focusable, reacts to keys)? Adds a keyboard test and story:',
        default: false,
      },
      {
        type: 'editor',
        name: 'criteria',
        message: 'Acceptance criteria, one per line (opens your editor):',
        default: CRITERIA_TEMPLATE,
        filter: parseCriteria,
        validate: (value: unknown) =>
          parseCriteria(value).length > 0 || 'Write at least one acceptance criterion.',
      },
    ],
    actions: (data) => {
      const answers = data as Answers;
      const { elementType } = ROOT_ELEMENTS[answers.element];
      const templateData = {
        elementType,
        rootTag: answers.element.toUpperCase(),
        isButton: answers.element === 'button',
        attributesType: answers.element === 'button' ? 'ButtonHTMLAttributes' : 'HTMLAttributes',
      };
      return [
        {
          type: 'add',
          path: '{{ turbo.paths.root }}/packages/css/src/components/{{ kebabCase name }}.css',
          templateFile: 'templates/component/component.css.hbs',
          data: templateData,
        },
        ...['tsx', 'test.tsx', 'stories.tsx', 'mdx'].map((ext) => ({
          type: 'add' as const,
          path: `{{ turbo.paths.root }}/packages/react/src/{{ pascalCase name }}/{{ pascalCase name }}.${ext}`,
          templateFile: `templates/component/Component.${ext}.hbs`,
          data: templateData,
        })),
        {
          type: 'append',
          path: '{{ turbo.paths.root }}/packages/react/src/index.ts',
          template:
            "export { {{ pascalCase name }} } from './{{ pascalCase name }}/{{ pascalCase name }}.js';\nexport type { {{ pascalCase name }}Props } from './{{ pascalCase name }}/{{ pascalCase name }}.js';",
        },
        (answers) => {
          const { name } = answers as Answers;
          const file = join(rootOf(answers), 'packages/react/.size-limit.json');
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
          const { name } = answers as Answers;
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
        () =>
          answers.interactive
            ? `next: write the keyboard test and the story's play function (marked "not written yet"), then one test per acceptance criterion`
            : 'next: write one test per acceptance criterion (marked "not written yet")',
      ];
    },
  });
}
