// `pnpm gen component` and `pnpm gen theme` on a copy of this repository: the generated components'
// tests fail until their "not written yet" bodies are filled in (here, as a contributor would); then
// their lint, types, unit tests, size budget, stories and browser a11y tests pass in the generated
// theme; a theme with unreadable colours fails the build naming the pair.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
// A clean environment: no variables of the turbo run that started this test.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.startsWith('TURBO_')),
);
env.TURBO_TELEMETRY_DISABLED = '1';
let copy;

// Two generated components: a plain one and an interactive one (keyboard test and story).
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
      test: "expect(screen.getByRole('button', { name: 'Beispieltext' })).toHaveFocus();",
      story: "await expect(canvas.getByRole('button', { name: 'Beispielinhalt' })).toHaveFocus();",
    },
  },
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

  it('generates components from their acceptance criteria, whose tests fail until written', () => {
    for (const [name, { args, criteria }] of Object.entries(COMPONENTS)) {
      const lines = ['# comment lines are ignored', ...Object.keys(criteria)].join('\n');
      run('pnpm', ['gen', 'component', '--args', name, ...args, lines]);
      const dir = `packages/react/src/${name}`;
      assert.ok(existsSync(join(copy, `packages/css/src/components/${name.toLowerCase()}.css`)));
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
    const failing = spawnSync(
      'pnpm',
      ['--filter', '@stadtkern/react', 'exec', 'vitest', 'run', ...Object.keys(COMPONENTS)],
      { cwd: copy, env, encoding: 'utf8' },
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

    // What a contributor does next: write each test.
    for (const [name, { criteria, keyboard }] of Object.entries(COMPONENTS)) {
      const dir = `packages/react/src/${name}`;
      for (const [criterion, code] of Object.entries(criteria))
        fillIn(`${dir}/${name}.test.tsx`, criterion, code);
      if (keyboard) {
        fillIn(`${dir}/${name}.test.tsx`, `keyboard test of ${name}`, keyboard.test);
        fillIn(`${dir}/${name}.stories.tsx`, `keyboard story of ${name}`, keyboard.story);
      }
    }
  });

  it('generates a theme non-interactively through the one theme command', () => {
    // Atkinson Hyperlegible is on the list of self-hosted fonts but not installed: the command adds it.
    const output = run('pnpm', [
      ...['gen', 'theme', '--args', 'koeln', 'Köln', '#e30613', 'Atkinson Hyperlegible', '6px'],
      ...['Stadt Köln: Köln-Rot.', 'City of Cologne.'],
    ]);
    assert.match(output, /Ihre Markenfarbe #e30613 /);
    const meta = JSON.parse(
      readFileSync(join(copy, 'packages/tokens/themes/koeln/theme.json'), 'utf8'),
    );
    assert.equal(meta.description, 'Stadt Köln: Köln-Rot. / City of Cologne.');
    assert.equal(meta.font.package, '@fontsource/atkinson-hyperlegible');
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
    // turbo gen exits with 0 even when an action fails; the command's one-line message is what it shows.
    const again = spawnSync(
      'pnpm',
      ['gen', 'theme', '--args', 'koeln', 'Köln', '#e30613', 'Roboto', '4px', 'x', 'y'],
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
      '--output-logs=errors-only',
    ]);
    const themes = JSON.parse(readFileSync(join(copy, 'packages/tokens/dist/themes.json'), 'utf8'));
    assert.ok(
      themes.some((t) => t.id === 'koeln'),
      'the new theme is built and listed for the Storybook toolbar',
    );
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
