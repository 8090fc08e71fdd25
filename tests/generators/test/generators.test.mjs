// `pnpm gen component` and `pnpm gen theme` on a copy of this repository: the generated components'
// tests fail until their "not written yet" bodies are filled in (here, as a contributor would); then
// their lint, types, unit tests, size budget, stories and browser a11y tests pass in the generated
// theme; an interactive component's behaviour in @stadtkern/web passes its unit tests, its budget and
// its behaviour spec on the plain-HTML page (JavaScript on and off), and its React component uses it;
// a theme with unreadable colours fails the build naming the pair.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
// A clean environment: no variables of the turbo run that started this test, and none of the test runner
// running this file (with NODE_TEST_CONTEXT, a nested `node --test` would report to it, not print).
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !key.startsWith('TURBO_') && key !== 'NODE_TEST_CONTEXT',
  ),
);
env.TURBO_TELEMETRY_DISABLED = '1';
let copy;

// Two generated components: a plain one and an interactive one (keyboard test and story, and a
// behaviour in @stadtkern/web: a toggle button whose state is aria-pressed).
const COMPONENTS = {
  Hinweisbox: {
    args: ['Hebt einen kurzen Hinweis hervor.', 'Inhalt', 'section', 'no'],
    criteria: {
      'Zeigt seinen Inhalt als Text an.': "expect(screen.getByText('Beispieltext')).toBeVisible();",
      'Gibt weitere HTML-Attribute an das Wurzelelement weiter.': [
        "render(<Hinweisbox title='Wichtig'>Mit Titel</Hinweisbox>);",
        "expect(screen.getByText('Mit Titel')).toHaveAttribute('title', 'Wichtig');",
      ].join('\n'),
    },
  },
  Umschalter: {
    args: ['Schaltet eine Einstellung ein oder aus.', 'Aktionen', 'button', 'yes'],
    criteria: {
      'Ist eine Schaltfläche mit ihrem sichtbaren Text als Namen.':
        "expect(screen.getByRole('button', { name: 'Beispieltext' })).toBeVisible();",
    },
    keyboard: {
      // Space switches the toggle: the behaviour of @stadtkern/web, which the React component uses.
      test: [
        "const button = screen.getByRole('button', { name: 'Beispieltext' });",
        'expect(button).toHaveFocus();',
        "await user.keyboard(' ');",
        "expect(button).toHaveAttribute('aria-pressed', 'true');",
      ].join('\n'),
      story: [
        "const button = canvas.getByRole('button', { name: 'Beispielinhalt' });",
        'await expect(button).toHaveFocus();',
        "await userEvent.keyboard(' ');",
        "await expect(button).toHaveAttribute('aria-pressed', 'true');",
      ].join('\n'),
    },
    // What a contributor writes into the files the generator adds to packages/web (by "not written yet").
    web: {
      'src/umschalter.ts': {
        'behaviour of Umschalter': [
          "root.setAttribute('aria-pressed', String(root.getAttribute('aria-pressed') === 'true'));",
          "root.addEventListener('click', () => {",
          "  root.setAttribute('aria-pressed', String(root.getAttribute('aria-pressed') !== 'true'));",
          '});',
          'return true;',
        ].join('\n'),
      },
      'test/umschalter.test.ts': {
        'enhancing test of Umschalter': [
          "expect(root()?.getAttribute('aria-pressed')).toBe('false');",
          'root()?.click();',
          "expect(root()?.getAttribute('aria-pressed')).toBe('true');",
        ].join('\n'),
        // With a second click handler, one click would switch it on and off again.
        'idempotence test of Umschalter': [
          'root()?.click();',
          "expect(root()?.getAttribute('aria-pressed')).toBe('true');",
        ].join('\n'),
        'incomplete markup test of Umschalter': [
          'stop();',
          'setBody(\'<div class="sk-umschalter">Beispielinhalt</div>\');',
          'stop = startWith([umschalter]);',
          "expect(warn).toHaveBeenCalledWith(expect.stringContaining('not a <button>'), root());",
          "expect(root()?.hasAttribute('aria-pressed')).toBe(false);",
        ].join('\n'),
      },
      'test/browser/behaviours/umschalter.mjs': {
        'spec of Umschalter with JavaScript': [
          'await root.focus();',
          "await tab.keyboard.press('Space');",
          "assert.equal(await root.getAttribute('aria-pressed'), 'true', 'Space switches it on');",
          "await tab.keyboard.press('Enter');",
          "assert.equal(await root.getAttribute('aria-pressed'), 'false', 'Enter switches it off');",
        ].join('\n'),
        'spec of Umschalter without JavaScript': [
          "const button = tab.getByRole('button', { name: 'Beispielinhalt' });",
          "assert.equal(await button.getAttribute('aria-pressed'), null, 'no state without a script');",
        ].join('\n'),
      },
    },
  },
};

/** The kebab-case name of a component, as the generator writes its files and classes. */
const kebabOf = (name) => name.replace(/(?<=[a-z0-9])([A-Z])/g, '-$1').toLowerCase();

/** A stand-in for a Playwright page: every locator is there and visible, nothing else happens. */
const fakeTab = () => {
  const locator = { waitFor: async () => undefined, isVisible: async () => true };
  return { getByRole: () => locator, getByText: () => locator, locator: () => locator };
};

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces the one `throw new Error('Not written yet: <what>')` in a generated file with real code. */
function fillIn(file, what, code) {
  const path = join(copy, file);
  const pattern = new RegExp(
    `(?://[^\\n]*\\n\\s*)?throw new Error\\(\\s*'Not written yet: ${escapeRegExp(what)}',?\\s*\\);`,
    'g',
  );
  const text = readFileSync(path, 'utf8');
  assert.equal(text.match(pattern)?.length, 1, `${file} has one "not written yet" for ${what}`);
  writeFileSync(path, text.replace(pattern, code));
}

const run = (cmd, args, options = {}) =>
  execFileSync(cmd, args, {
    cwd: copy,
    env,
    encoding: 'utf8',
    stdio: 'pipe',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });

/**
 * An interactive component in all four layers: its behaviour in @stadtkern/web (checks its markup and
 * warns; the real behaviour is "not written yet"), the behaviour's unit tests and shared spec (failing
 * until written), the behaviour's registration (exports, index.ts, size budget, spec list), the React
 * component that uses it, the docs' plain HTML that the spec uses, and the "next:" message.
 */
async function checkInteractive(name, args, output) {
  const kebab = kebabOf(name);
  const behaviour = name[0].toLowerCase() + name.slice(1);
  const web = (file) => readFileSync(join(copy, 'packages/web', file), 'utf8');

  const source = web(`src/${kebab}.ts`);
  assert.match(source, new RegExp(`export const ${behaviour}: Behaviour = \\{`));
  assert.match(source, new RegExp(`selector: '\\.sk-${kebab}'`));
  assert.match(
    source,
    // Development-only: the guard keeps the call and its text out of the production build.
    new RegExp(
      `return \\(?\\s*process\\.env\\.NODE_ENV !== 'production' &&\\s*warn\\(\\s*'${kebab}',\\s*root,\\s*'the root element is not a <${args[2]}>',?\\s*\\)\\s*\\)?;`,
    ),
  );
  assert.match(source, new RegExp(`throw new Error\\('Not written yet: behaviour of ${name}'\\)`));

  const test = web(`test/${kebab}.test.ts`);
  for (const title of [
    `enhances .sk-${kebab}`,
    'is idempotent: enhancing twice changes nothing',
    'warns and leaves incomplete markup as it is, without throwing',
  ])
    assert.ok(test.includes(`it('${title}'`), `the behaviour test "${title}"`);

  const spec = await import(
    pathToFileURL(join(copy, `packages/web/test/browser/behaviours/${kebab}.mjs`)).href
  );
  assert.equal(spec.name, kebab);
  assert.equal(spec.story, `komponenten-${args[1].toLowerCase()}-${name.toLowerCase()}--standard`);
  assert.equal(
    spec.html,
    `<${args[2]}${args[2] === 'button' ? ' type="button"' : ''} class="sk-${kebab}">Beispielinhalt</${args[2]}>`,
  );
  const docs = readFileSync(join(copy, `packages/react/src/${name}/${name}.mdx`), 'utf8');
  assert.ok(
    docs.includes(`\`\`\`html\n${spec.html}\n\`\`\``),
    "the spec uses the docs' plain HTML",
  );
  assert.ok(docs.includes(`startWith([${behaviour}]);`), 'the docs show the script');
  for (const run of [spec.withJavaScript, spec.withoutJavaScript])
    await assert.rejects(
      run(fakeTab()),
      /Not written yet: spec of /,
      'the spec fails until written',
    );
  const { specs } = await import(
    `${pathToFileURL(join(copy, 'packages/web/test/browser/behaviours/index.mjs')).href}?${kebab}`
  );
  assert.ok(
    specs.some((s) => s.name === kebab),
    'the spec is in behaviours/index.mjs',
  );

  const manifest = JSON.parse(web('package.json'));
  assert.deepEqual(manifest.exports[`./${kebab}`], {
    import: { types: `./dist/${kebab}.d.ts`, default: `./dist/${kebab}.js` },
    require: { types: `./dist/${kebab}.d.cts`, default: `./dist/${kebab}.cjs` },
  });
  assert.equal(Object.keys(manifest.exports).at(-1), './package.json');
  const index = web('src/index.ts');
  assert.match(index, new RegExp(`^export \\{ ${behaviour} \\} from './${kebab}\\.js';$`, 'm'));
  assert.match(
    index,
    new RegExp(`behaviours: readonly Behaviour\\[\\] = \\[[^\\]]*\\b${behaviour},?\\s*\\]`),
  );
  const budget = JSON.parse(web('.size-limit.json')).find(
    (b) => b.name === `${kebab} behaviour with its start function`,
  );
  assert.deepEqual(budget?.import, {
    'dist/core.js': '{ startWith }',
    [`dist/${kebab}.js`]: `{ ${behaviour} }`,
  });
  assert.ok(Number.parseFloat(budget.limit) <= 1.2 && budget.limit.endsWith(' kB'), budget.limit);

  const component = readFileSync(join(copy, `packages/react/src/${name}/${name}.tsx`), 'utf8');
  assert.ok(component.startsWith("'use client';\n"), 'a client component');
  assert.ok(component.includes(`import { ${behaviour} } from '@stadtkern/web/${kebab}';`));
  assert.match(component, new RegExp(`useBehaviour\\(inner, ${behaviour}\\);`));
  assert.match(component, /ref=\{mergedRef\}/);

  for (const file of [
    `packages/web/src/${kebab}.ts`,
    `packages/web/test/${kebab}.test.ts`,
    `packages/web/test/browser/behaviours/${kebab}.mjs`,
  ])
    assert.ok(output.includes(file), `the next: message names ${file}`);
}

describe('generators', () => {
  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'sk-generators-'));
    // The working tree as git sees it (tracked and new files, without ignored ones such as node_modules).
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
      cwd: repoRoot,
    });
    execFileSync('tar', ['--null', '-T', '-', '-cf', join(copy, 'tree.tar')], {
      cwd: repoRoot,
      input: files,
    });
    execFileSync('tar', ['-xf', 'tree.tar'], { cwd: copy });
    execFileSync('rm', ['tree.tar'], { cwd: copy });
    run('git', ['init', '-q']);
    run('git', ['add', '-A']);
    run('git', [
      '-c',
      'user.email=gen@stadtkern.example',
      '-c',
      'user.name=gen',
      'commit',
      '-qm',
      'copy',
    ]);
    run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline']);
  });

  it('generates components from their acceptance criteria, whose tests fail until written', async () => {
    for (const [name, { args, criteria }] of Object.entries(COMPONENTS)) {
      const lines = ['# comment lines are ignored', ...Object.keys(criteria)].join('\n');
      const output = run('pnpm', ['gen', 'component', '--args', name, ...args, lines]);
      const dir = `packages/react/src/${name}`;
      assert.ok(existsSync(join(copy, `packages/css/src/components/${name.toLowerCase()}.css`)));
      if (args[3] === 'yes') await checkInteractive(name, args, output);
      else {
        const kebab = kebabOf(name);
        assert.ok(!existsSync(join(copy, `packages/web/src/${kebab}.ts`)), 'no behaviour');
        assert.doesNotMatch(
          readFileSync(join(copy, 'packages/web/src/index.ts'), 'utf8'),
          new RegExp(`'\\./${kebab}\\.js'`),
        );
        assert.doesNotMatch(
          readFileSync(join(copy, dir, `${name}.tsx`), 'utf8'),
          /use client|@stadtkern\/web/,
        );
        assert.match(output, /next: write one test per acceptance criterion/);
      }
      assert.match(
        readFileSync(join(copy, 'packages/react/src/index.ts'), 'utf8'),
        new RegExp(`export \\{ ${name} \\}`),
      );
      assert.match(
        readFileSync(join(copy, 'packages/react/.size-limit.json'), 'utf8'),
        new RegExp(`${name} alone`),
      );
      const test = readFileSync(join(copy, dir, `${name}.test.tsx`), 'utf8');
      const docs = readFileSync(join(copy, dir, `${name}.mdx`), 'utf8');
      // The one heading every docs page shows its plain HTML under, rendered from the story (HtmlMarkup).
      assert.match(docs, /^## HTML ohne Framework\n\n<HtmlMarkup of=\{Stories\.Standard\} \/>$/m);
      assert.match(
        docs,
        /^import \{ ContrastPairs, HtmlMarkup, StageBadge \} from '@stadtkern\/storybook\/blocks';$/m,
      );
      // Its colour pairs: declared next to the CSS (the css build checks them) and listed on the page.
      assert.match(docs, new RegExp(`^<ContrastPairs component="${kebabOf(name)}" />$`, 'm'));
      assert.ok(
        existsSync(join(copy, `packages/css/src/components/${kebabOf(name)}.pairs.json`)),
        `${name}: the pairs file next to its CSS`,
      );
      for (const criterion of Object.keys(criteria)) {
        assert.ok(test.includes(`it('${criterion}'`), `${name}: one test named "${criterion}"`);
        assert.ok(docs.includes(`- ${criterion}`), `${name}: the docs list "${criterion}"`);
      }
      assert.equal(
        test.match(/\bit\(/g)?.length,
        Object.keys(criteria).length + 1 + (COMPONENTS[name].keyboard ? 1 : 0),
      );
      assert.doesNotMatch(test, /comment lines/);
      const stories = readFileSync(join(copy, dir, `${name}.stories.tsx`), 'utf8');
      assert.match(stories, new RegExp(`title: 'Komponenten/${args[1]}/${name}'`));
      assert.equal(/export const Tastatur/.test(stories), args[3] === 'yes');
      assert.match(
        readFileSync(join(copy, dir, `${name}.tsx`), 'utf8'),
        new RegExp(`<${args[2]}\\b`),
      );
    }
    // The React components import their behaviour from the built @stadtkern/web (as after `pnpm build`).
    run('pnpm', ['--filter', '@stadtkern/web', 'build']);
    const failing = spawnSync(
      'pnpm',
      ['--filter', '@stadtkern/react', 'exec', 'vitest', 'run', ...Object.keys(COMPONENTS)],
      // Much output: the unwritten behaviour's error is logged with the element for every render.
      { cwd: copy, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    assert.notEqual(failing.status, 0, 'the generated tests fail before they are written');
    assert.match(
      `${failing.stdout}${failing.stderr}`,
      /Not written yet: Zeigt seinen Inhalt als Text an\./,
    );
    assert.match(
      `${failing.stdout}${failing.stderr}`,
      /Not written yet: keyboard test of Umschalter/,
    );
    // The React component runs the behaviour of @stadtkern/web, which is not written yet either.
    assert.match(
      `${failing.stdout}${failing.stderr}`,
      /@stadtkern\/web \(umschalter\): enhancing failed[\s\S]*Not written yet: behaviour of Umschalter/,
    );
    const failingWeb = spawnSync(
      'pnpm',
      ['--filter', '@stadtkern/web', 'exec', 'vitest', 'run', 'test/umschalter.test.ts'],
      { cwd: copy, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    assert.notEqual(
      failingWeb.status,
      0,
      'the generated behaviour tests fail before they are written',
    );
    for (const what of ['enhancing', 'idempotence', 'incomplete markup'])
      assert.match(
        `${failingWeb.stdout}${failingWeb.stderr}`,
        new RegExp(`Not written yet: ${what} test of Umschalter`),
      );

    // What a contributor does next: write each test.
    for (const [name, { criteria, keyboard }] of Object.entries(COMPONENTS)) {
      const dir = `packages/react/src/${name}`;
      for (const [criterion, code] of Object.entries(criteria))
        fillIn(`${dir}/${name}.test.tsx`, criterion, code);
      if (keyboard) {
        fillIn(`${dir}/${name}.test.tsx`, `keyboard test of ${name}`, keyboard.test);
        fillIn(`${dir}/${name}.stories.tsx`, `keyboard story of ${name}`, keyboard.story);
      }
      for (const [file, parts] of Object.entries(COMPONENTS[name].web ?? {}))
        for (const [what, code] of Object.entries(parts))
          fillIn(`packages/web/${file}`, what, code);
    }
  });

  it('generates a theme non-interactively through the one theme command', () => {
    // Atkinson Hyperlegible is on the list of self-hosted fonts but not installed: the command adds it.
    const output = run('pnpm', [
      ...['gen', 'theme', '--args', 'koeln', 'Köln', '#e30613', 'Atkinson Hyperlegible', '6px'],
      ...['Stadt Köln: Köln-Rot.', 'City of Cologne.', 'Nordrhein-Westfalen'],
    ]);
    assert.match(output, /Ihre Markenfarbe #e30613 /);
    const meta = JSON.parse(
      readFileSync(join(copy, 'packages/tokens/themes/koeln/theme.json'), 'utf8'),
    );
    assert.equal(meta.description, 'Stadt Köln: Köln-Rot. / City of Cologne.');
    assert.equal(meta.font.package, '@fontsource/atkinson-hyperlegible');
    assert.equal(meta.land, 'Nordrhein-Westfalen', 'the Land groups the theme in Storybook');
    const tokensPackage = JSON.parse(
      readFileSync(join(copy, 'packages/tokens/package.json'), 'utf8'),
    );
    assert.ok(
      tokensPackage.devDependencies['@fontsource/atkinson-hyperlegible'],
      'the font package was added to packages/tokens devDependencies',
    );
    assert.match(
      readFileSync(join(copy, '.github/CODEOWNERS'), 'utf8'),
      /^\/packages\/tokens\/themes\/koeln\/ +@stadtkern\/koeln$/m,
    );
    assert.match(
      readFileSync(join(copy, '.gitlab/CODEOWNERS'), 'utf8'),
      /\[Theme Köln\]\n\/packages\/tokens\/themes\/koeln\/ @stadtkern\/koeln/,
    );
    const folder = join(copy, 'packages/tokens/themes/koeln');
    const before = ['theme.json', 'brand.json'].map((f) => readFileSync(join(folder, f), 'utf8'));
    // `pnpm gen` fails with the theme command's one-line message.
    const again = spawnSync(
      'pnpm',
      ['gen', 'theme', '--args', 'koeln', 'Köln', '#e30613', 'Roboto', '4px', 'x', 'y', 'Bayern'],
      {
        cwd: copy,
        env,
        encoding: 'utf8',
      },
    );
    assert.match(
      `${again.stdout}${again.stderr}`,
      /themes\/koeln already exists; nothing was changed/,
    );
    assert.notEqual(again.status, 0, 'pnpm gen exits non-zero when the theme command fails');
    assert.deepEqual(
      ['theme.json', 'brand.json'].map((f) => readFileSync(join(folder, f), 'utf8')),
      before,
      'an existing theme is not overwritten',
    );
  });

  it('passes lint, types, unit tests, budgets and the contrast gate', () => {
    run('pnpm', [
      'turbo',
      'run',
      'lint',
      'typecheck',
      'test',
      'build',
      '--filter=@stadtkern/tokens',
      '--filter=@stadtkern/css',
      '--filter=@stadtkern/react',
      '--filter=@stadtkern/web',
      '--output-logs=errors-only',
    ]);
    const themes = JSON.parse(readFileSync(join(copy, 'packages/tokens/dist/themes.json'), 'utf8'));
    assert.ok(
      themes.some((t) => t.id === 'koeln'),
      'the new theme is built and listed for the Storybook toolbar',
    );
  });

  it('the written behaviour passes its spec on the plain-HTML page, with JavaScript on and off', () => {
    const names = Object.entries(COMPONENTS)
      .filter(([, { web }]) => web)
      .map(([name]) => kebabOf(name));
    const output = run('pnpm', [
      ...['--filter', '@stadtkern/web', 'exec', 'node', '--test'],
      `--test-name-pattern=^(${names.join('|')}) \\(plain HTML`,
      'test/browser/',
    ]);
    assert.match(output, new RegExp(`# pass ${String(names.length * 2)}\\n`));
    assert.match(output, /# fail 0\n/);
  });

  it('passes the story and axe tests in real Chromium in the new theme, light and dark', () => {
    const output = run('pnpm', [
      '--filter',
      '@stadtkern/storybook',
      'exec',
      'vitest',
      'run',
      ...Object.keys(COMPONENTS),
      'Button.stories',
      '--project',
      'stories:koeln:light',
      '--project',
      'stories:koeln:dark',
    ]);
    // eslint-disable-next-line no-control-regex -- strip the colour codes of vitest's summary
    const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
    assert.match(plain, /Tests\s+\d+ passed \(\d+\)/);
    assert.doesNotMatch(plain, /failed/);
  });

  it('fails the build naming the pair when the new theme is unreadable', () => {
    const brandFile = join(copy, 'packages/tokens/themes/koeln/brand.json');
    const brand = JSON.parse(readFileSync(brandFile, 'utf8'));
    for (const step of Object.values(brand.brand.color.neutral)) step.$value = '#888888';
    writeFileSync(brandFile, JSON.stringify(brand, null, 2));
    const result = spawnSync('pnpm', ['--filter', '@stadtkern/tokens', 'run', 'build'], {
      cwd: copy,
      env,
      encoding: 'utf8',
    });
    assert.notEqual(result.status, 0);
    assert.match(
      `${result.stdout}${result.stderr}`,
      /contrast too low in theme "koeln" \(light\): color\.layout\.text\.default \(#888888\) on color\.layout\.background\.level-1/,
    );
  });
});
