// `pnpm gen component`: a new component's CSS, React component, tests, stories and German docs page,
// its export and its size budget; for an interactive component also its behaviour in @stadtkern/web
// (one implementation for plain HTML and React, ADR 0008), its unit tests and its shared behaviour spec. Every answer can be given on the command line, in prompt order:
//   pnpm gen component --args <Name> "<description>" <category> <root element> <interactive: yes|no> "<criteria>"
// e.g. pnpm gen component --args Hinweisbox "Hebt einen kurzen Hinweis hervor." Inhalt div no \
//        $'Zeigt seinen Inhalt als Text an.\nGibt weitere HTML-Attribute an das Wurzelelement weiter.'
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlopTypes } from '@turbo/gen';

const PASCAL = /^[A-Z][A-Za-z0-9]*$/;

/** A root element the generator can write, and what every example of it needs to be valid, accessible HTML. */
interface RootElementTemplate {
  /** The DOM interface the ref points to. */
  elementType: string;
  /** React's attributes type of the element, the base of the component's props. */
  attributesType: string;
  /** The prompt's description of the choice. */
  description: string;
  /** Attributes the plain-HTML examples write on the root (`type="button"`, an `href`). */
  attributes?: Record<string, string>;
  /** Props every React example passes: the ones the component's props require. */
  props?: Record<string, string>;
  /** The children around an example text (HTML and JSX alike); a bare text when absent. */
  children?: (text: string) => string;
  /** What the component's doc comment tells about those children. */
  childrenHint?: string;
}

/**
 * Root elements the generator can write: elements that take children. The component's props extend the
 * element's own attributes (and its ref is that element); `button` defaults to type="button", `a` requires an
 * `href` (without one it is no link), `table` requires a `caption` (its name), and the lists and the
 * description list take their items as children, which every example writes.
 */
const ROOT_ELEMENTS = {
  div: {
    elementType: 'HTMLDivElement',
    attributesType: 'HTMLAttributes',
    description: 'generic container',
  },
  section: {
    elementType: 'HTMLElement',
    attributesType: 'HTMLAttributes',
    description: 'a section with its own heading',
  },
  aside: {
    elementType: 'HTMLElement',
    attributesType: 'HTMLAttributes',
    description: 'complementary content (landmark)',
  },
  nav: {
    elementType: 'HTMLElement',
    attributesType: 'HTMLAttributes',
    description: 'navigation links (landmark)',
  },
  p: {
    elementType: 'HTMLParagraphElement',
    attributesType: 'HTMLAttributes',
    description: 'a paragraph of text',
  },
  span: {
    elementType: 'HTMLSpanElement',
    attributesType: 'HTMLAttributes',
    description: 'inline text',
  },
  button: {
    elementType: 'HTMLButtonElement',
    attributesType: 'ButtonHTMLAttributes',
    description: 'an action (type="button")',
    attributes: { type: 'button' },
  },
  a: {
    elementType: 'HTMLAnchorElement',
    attributesType: 'AnchorHTMLAttributes',
    description: 'a link to another page (href required)',
    attributes: { href: '#beispiel' },
    props: { href: '#beispiel' },
  },
  ul: {
    elementType: 'HTMLUListElement',
    attributesType: 'HTMLAttributes',
    description: 'a list (its items are <li> children)',
    children: (text) => `<li>${text}</li><li>Zweiter Eintrag</li>`,
    childrenHint: 'Write its items as `<li>` children.',
  },
  ol: {
    elementType: 'HTMLOListElement',
    attributesType: 'OlHTMLAttributes',
    description: 'a numbered list of steps or ranked items (<li> children)',
    children: (text) => `<li>${text}</li><li>Zweiter Schritt</li>`,
    childrenHint: 'Write its items as `<li>` children.',
  },
  dl: {
    elementType: 'HTMLDListElement',
    attributesType: 'HTMLAttributes',
    description: 'terms and their descriptions (<dt> and <dd> children)',
    children: (text) => `<dt>Begriff</dt><dd>${text}</dd>`,
    childrenHint: 'Write each term as a `<dt>` child and its description as the `<dd>` after it.',
  },
  table: {
    elementType: 'HTMLTableElement',
    attributesType: 'TableHTMLAttributes',
    description: 'a data table (caption required; <thead> and <tbody> children)',
    props: { caption: 'Beispieltabelle' },
    children: (text) =>
      `<thead><tr><th scope="col">Spalte</th></tr></thead><tbody><tr><td>${text}</td></tr></tbody>`,
    childrenHint:
      'Write its rows as `<thead>` and `<tbody>` children, with `<th scope="col">` (or `scope="row"`) headers.',
  },
} satisfies Record<string, RootElementTemplate>;
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

/** The text every generated example renders: the stories' `children`, the docs' and the spec's HTML. */
const EXAMPLE_TEXT = 'Beispielinhalt';
/** The text of the „Langer Text“ story. */
const LONG_TEXT =
  'Ein sehr langer Beispieltext, der zeigt, wie die Komponente mit viel Inhalt umgeht: Zeilenumbrüche, Abstände und Lesbarkeit bleiben erhalten, auch bei Wörtern wie Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung.';

/** A Storybook id part, as Storybook sanitises titles and story names. */
const storyIdPart = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:",.<>{}[\]\\/]/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');

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

/** The files of an interactive component in `@stadtkern/web`: template → path from the repository root. */
const WEB_FILES: Record<string, (kebab: string) => string> = {
  'behaviour.ts.hbs': (kebab) => `packages/web/src/${kebab}.ts`,
  'behaviour.test.ts.hbs': (kebab) => `packages/web/test/${kebab}.test.ts`,
  'behaviour-spec.mjs.hbs': (kebab) => `packages/web/test/browser/behaviours/${kebab}.mjs`,
};
/** The files that list every behaviour of `@stadtkern/web`; `registerBehaviour` adds one to each. */
const WEB_REGISTRATION = [
  'packages/web/package.json',
  'packages/web/src/index.ts',
  'packages/web/.size-limit.json',
  'packages/web/test/browser/behaviours/index.mjs',
];

/**
 * Inserts `line` among the lines matching `kind` (imports or exports of local modules, kept in the
 * order of their paths): before the first one with a later path, else after the last one.
 */
function insertSorted(text: string, kind: RegExp, line: string, file: string): string {
  const lines = text.split('\n');
  const pathOf = (l: string) => /from '([^']+)';$/.exec(l)?.[1] ?? '';
  const matching = lines.flatMap((l, index) => (kind.test(l) ? [index] : []));
  const last = matching.at(-1);
  if (last === undefined) throw new Error(`${file}: no line matches ${String(kind)}`);
  const later = matching.find((index) => pathOf(lines[index] ?? '') > pathOf(line));
  lines.splice(later ?? last + 1, 0, line);
  return lines.join('\n');
}

/** Adds `item` at the end of the array literal `declaration = [ … ]` (or fails naming the file). */
function appendToArray(text: string, declaration: string, item: string, file: string): string {
  const start = text.indexOf(declaration);
  const end = start < 0 ? -1 : text.indexOf(']', start + declaration.length);
  if (end < 0) throw new Error(`${file}: no array ${declaration} [ … ]`);
  const items = text.slice(start + declaration.length, end).replace(/,?\s*$/, '');
  const list = items.trim() === '' ? item : `${items}, ${item}`;
  return `${text.slice(0, start + declaration.length)}${list}${text.slice(end)}`;
}

/**
 * Gives a whole-package budget (set just above its measurement) room for one more component: +0.3 kB.
 * The contributor measures and tightens it once the component is written (docs/releasing.md).
 */
function raiseLimit(budget: Record<string, unknown>): void {
  const limit = /^([\d.]+) kB$/.exec(String(budget.limit));
  if (limit?.[1]) budget.limit = `${(Number(limit[1]) + 0.3).toFixed(2).replace(/\.?0+$/, '')} kB`;
}

/**
 * Registers a new behaviour of `@stadtkern/web`: its entry in "exports" (the build derives its entries
 * from them), its export and place in `behaviours` (index.ts), a size budget next to the other
 * behaviours' and its spec in the shared behaviour specs. Other entries stay as they are.
 */
function registerBehaviour(root: string, kebab: string, behaviour: string): void {
  const edit = (file: string, change: (text: string) => string) => {
    const path = join(root, file);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
  };

  edit('packages/web/package.json', (text) => {
    const manifest = JSON.parse(text) as { exports: Record<string, unknown> };
    const { './package.json': packageJson, ...exports } = manifest.exports;
    manifest.exports = {
      ...exports,
      [`./${kebab}`]: {
        import: { types: `./dist/${kebab}.d.ts`, default: `./dist/${kebab}.js` },
        require: { types: `./dist/${kebab}.d.cts`, default: `./dist/${kebab}.cjs` },
      },
      ...(packageJson === undefined ? {} : { './package.json': packageJson }),
    };
    return `${JSON.stringify(manifest, null, 2)}\n`;
  });

  edit('packages/web/src/index.ts', (text) => {
    const file = 'packages/web/src/index.ts';
    let next = insertSorted(
      text,
      /^import .* from '\.\/.*\.js';$/,
      `import { ${behaviour} } from './${kebab}.js';`,
      file,
    );
    next = insertSorted(
      next,
      /^export .* from '\.\/.*\.js';$/,
      `export { ${behaviour} } from './${kebab}.js';`,
      file,
    );
    return appendToArray(
      next,
      'export const behaviours: readonly Behaviour[] = [',
      behaviour,
      file,
    );
  });

  edit('packages/web/.size-limit.json', (text) => {
    const budgets = JSON.parse(text) as Record<string, unknown>[];
    const last = budgets.findLastIndex((budget) =>
      String(budget.name).endsWith(' behaviour with its start function'),
    );
    // The budgets of the whole package (the entry's `start()`, the prebuilt file) grow with every behaviour
    // and are set just above their measurement: give them room for the new one; measure and tighten them
    // once it is written (docs/releasing.md).
    for (const budget of budgets) {
      const name = String(budget.name);
      if (name.startsWith('everything') || name.startsWith('prebuilt')) raiseLimit(budget);
    }
    // The limit of every behaviour (issue 12); measure it after writing the behaviour and tighten it.
    budgets.splice(last + 1, 0, {
      name: `${kebab} behaviour with its start function`,
      import: { 'dist/core.js': '{ startWith }', [`dist/${kebab}.js`]: `{ ${behaviour} }` },
      limit: '1.2 kB',
      gzip: true,
    });
    // One line per `import` map, as the file writes them (Prettier keeps a short object on one line).
    const maps: string[] = [];
    const json = JSON.stringify(
      budgets,
      (key, value: unknown) => {
        if (key !== 'import' || typeof value !== 'object' || value === null) return value;
        const entries = Object.entries(value as Record<string, unknown>);
        maps.push(
          `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`,
        );
        return `@@import ${String(maps.length - 1)}@@`;
      },
      2,
    );
    return `${json.replace(/"@@import (\d+)@@"/g, (_match, index: string) => maps[Number(index)] ?? '')}\n`;
  });

  edit('packages/web/test/browser/behaviours/index.mjs', (text) => {
    const file = 'packages/web/test/browser/behaviours/index.mjs';
    const next = insertSorted(
      text,
      /^import \* as \w+ from '\.\/.*\.mjs';$/,
      `import * as ${behaviour} from './${kebab}.mjs';`,
      file,
    );
    return appendToArray(next, 'export const specs = [', behaviour, file);
  });
}

/** A JSX or plain-HTML attribute list: ` href="#beispiel"`. */
const attributeList = (attributes: Record<string, string> = {}): string =>
  Object.entries(attributes)
    .map(([name, value]) => ` ${name}=${JSON.stringify(value)}`)
    .join('');

/**
 * What the templates write for a component with these answers (`kebab`: its name in kebab-case): the types of
 * its root, its examples in JSX and plain HTML with the children and props that root needs, and the queries of
 * the behaviour spec.
 */
export function templateDataOf(answers: Answers, kebab: string) {
  const { element, interactive } = answers;
  const root: RootElementTemplate = ROOT_ELEMENTS[element];
  const { elementType } = root;
  const children = (text: string) => root.children?.(text) ?? text;
  const caption = root.props?.caption;
  /** The root in plain HTML (a table's caption is its first child there, a prop in React). */
  const html = (text: string) =>
    `<${element}${attributeList(root.attributes)} class="sk-${kebab}">${
      caption === undefined ? '' : `<caption class="sk-${kebab}__caption">${caption}</caption>`
    }${children(text)}</${element}>`;
  /** Children as a JavaScript expression: a string, or a fragment of elements. */
  const childrenArg = (text: string) =>
    root.children ? `<>${children(text)}</>` : JSON.stringify(text);
  const isButton = element === 'button';
  const isLink = element === 'a';
  return {
    element,
    elementType,
    attributesType: root.attributesType,
    rootTag: element.toUpperCase(),
    isButton,
    isLink,
    isTable: element === 'table',
    isList: element === 'ul' || element === 'ol',
    childrenHint: root.childrenHint,
    /** Its children are elements (list items, rows), not text: the stories' children need no control. */
    structured: root.children !== undefined,
    /** Keyboard users reach it (a button, a link, an interactive component): it needs the focus ring. */
    focusable: isButton || isLink || interactive,
    /** The props every JSX example passes, as attributes. */
    props: attributeList(root.props),
    /** The stories' args besides `children`. */
    storyProps: Object.entries(root.props ?? {})
      .map(([name, value]) => `${name}: ${JSON.stringify(value)}, `)
      .join(''),
    storyChildren: childrenArg(EXAMPLE_TEXT),
    longChildren: childrenArg(LONG_TEXT),
    testChildren: children('Beispieltext'),
    basicsChildren: children('Inhalt'),
    usageChildren: children('…'),
    // Interactive components: the one markup the docs, the unit tests and the behaviour spec share.
    html: html(EXAMPLE_TEXT),
    rootCheck:
      elementType === 'HTMLElement'
        ? `!(root instanceof HTMLElement) || root.localName !== '${element}'`
        : `!(root instanceof ${elementType})`,
    specQuery: isButton
      ? `tab.getByRole('button', { name: '${EXAMPLE_TEXT}' })`
      : isLink
        ? `tab.getByRole('link', { name: '${EXAMPLE_TEXT}' })`
        : `tab.getByText('${EXAMPLE_TEXT}', { exact: true })`,
    storyId: `${storyIdPart(`Komponenten/${answers.category}/${answers.name}`)}--standard`,
  };
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
        message:
          'Is it interactive (focusable, reacts to keys)? Adds a behaviour in @stadtkern/web, its spec, a keyboard test and story:',
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
      const kebab = (plop.getHelper('kebabCase') as (text: string) => string)(answers.name);
      const templateData = templateDataOf(answers, kebab);
      return [
        {
          type: 'add',
          path: '{{ turbo.paths.root }}/packages/css/src/components/{{ kebabCase name }}.css',
          templateFile: 'templates/component/component.css.hbs',
          data: templateData,
        },
        {
          type: 'add',
          path: '{{ turbo.paths.root }}/packages/css/src/components/{{ kebabCase name }}.pairs.json',
          templateFile: 'templates/component/component.pairs.json.hbs',
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
          const { name, interactive } = answers as Answers;
          const file = join(rootOf(answers), 'packages/react/.size-limit.json');
          const budgets = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
          for (const budget of budgets) {
            if (String(budget.name).startsWith('all components')) raiseLimit(budget);
          }
          budgets.push({
            name: `${name} alone (React external)`,
            path: 'dist/index.js',
            import: `{ ${name} }`,
            ignore: ['react', 'react-dom', 'react/jsx-runtime'],
            gzip: true,
            // An interactive one carries its @stadtkern/web behaviour and the core that enhances with it.
            limit: interactive ? '900 B' : '400 B',
          });
          writeFileSync(file, `${JSON.stringify(budgets, null, 2)}\n`);
          return `size budget for ${name} added to packages/react/.size-limit.json ("all components" raised by 0.3 kB: measure and tighten it)`;
        },
        ...(answers.interactive
          ? [
              ...Object.entries(WEB_FILES).map(([template, path]) => ({
                type: 'add' as const,
                path: `{{ turbo.paths.root }}/${path(kebab)}`,
                templateFile: `templates/component/${template}`,
                data: templateData,
              })),
              (answers: unknown) => {
                const behaviour = (plop.getHelper('camelCase') as (text: string) => string)(
                  (answers as Answers).name,
                );
                registerBehaviour(rootOf(answers), kebab, behaviour);
                return `behaviour ${behaviour} registered in @stadtkern/web (exports, index.ts, size budget) and its spec in behaviours/index.mjs`;
              },
            ]
          : []),
        (answers) => {
          const { name } = answers as Answers;
          const root = rootOf(answers);
          execFileSync(
            process.execPath,
            [
              join(root, 'node_modules/prettier/bin/prettier.cjs'),
              '--write',
              `packages/react/src/${name}`,
              `packages/css/src/components/${kebab}.css`,
              'packages/react/src/index.ts',
              'packages/react/.size-limit.json',
              ...(answers.interactive
                ? [...Object.values(WEB_FILES).map((path) => path(kebab)), ...WEB_REGISTRATION]
                : []),
            ],
            { cwd: root, stdio: 'pipe' },
          );
          return 'generated files formatted with Prettier';
        },
        () =>
          answers.interactive
            ? [
                'next: write the behaviour and its tests, all marked "not written yet":',
                `packages/web/src/${kebab}.ts (the behaviour: check every part it needs, then enhance),`,
                `packages/web/test/${kebab}.test.ts (enhances, idempotent, incomplete markup),`,
                `packages/web/test/browser/behaviours/${kebab}.mjs (keyboard spec, JavaScript on and off);`,
                `then the keyboard test and the Tastatur story in packages/react/src/${answers.name}/ and one test per acceptance criterion;`,
                `measure and tighten the size limits for ${kebab} (and the "everything" and "prebuilt" limits, raised by 0.3 kB) in packages/web/.size-limit.json and packages/react/.size-limit.json`,
              ].join(' ')
            : 'next: write one test per acceptance criterion (marked "not written yet")',
      ];
    },
  });
}
