// The repository checks of scripts/lint-repo.mjs, each shown to report a known bad case and to leave the
// good case next to it alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  crossPackageInternalImports,
  generatedTaskInputs,
  importSpecifiers,
  messageTextBranching,
} from '../lib/repo-checks.mjs';

describe('generatedTaskInputs', () => {
  const dry = {
    tasks: [
      {
        taskId: '@stadtkern/generator-tests#test:generators',
        command: 'node --test test/',
        directory: 'tests/generators',
        inputs: {
          'test/generators.test.mjs': 'a',
          '../../packages/tokens/.turbo/turbo-build.log': 'b',
          '../../apps/storybook/node_modules/.bin/eslint': 'c',
          '../../apps/storybook/test-results/visual/x.png': 'd',
          '../../apps/storybook/storybook-static/index.html': 'e',
          '../../packages/utils/src/index.ts': 'f',
          '../../packages/web/stats.tsbuildinfo': 'g',
        },
      },
      // A package without the script: turbo lists it with this command; it never runs.
      {
        taskId: '@stadtkern/css#test:generators',
        command: '<NONEXISTENT>',
        directory: 'packages/css',
        inputs: { 'node_modules/.bin/x': 'h' },
      },
    ],
  };
  const gitIgnores = (paths) => new Set(paths.filter((path) => path.endsWith('.tsbuildinfo')));

  it('reports every input under .turbo/, node_modules/, test-results/ or storybook-static/ and every ignored file', () => {
    assert.deepEqual(
      generatedTaskInputs(dry, gitIgnores).map(({ file }) => file),
      [
        'packages/tokens/.turbo/turbo-build.log',
        'apps/storybook/node_modules/.bin/eslint',
        'apps/storybook/test-results/visual/x.png',
        'apps/storybook/storybook-static/index.html',
        'packages/web/stats.tsbuildinfo',
      ],
    );
  });

  it('names the task and skips tasks a package does not have', () => {
    const taskIds = new Set(generatedTaskInputs(dry, gitIgnores).map(({ taskId }) => taskId));
    assert.deepEqual([...taskIds], ['@stadtkern/generator-tests#test:generators']);
  });
});

describe('crossPackageInternalImports', () => {
  const packageDirs = ['apps/storybook', 'packages/tokens', 'packages/web'];
  const file = (path, text) => ({ path, text });

  it('finds the import forms a source file uses', () => {
    assert.deepEqual(
      importSpecifiers(
        [
          "import a from './a.js';",
          "import type { B } from '../b';",
          "import './side-effect.css';",
          "export { c } from './c.mjs';",
          "const d = await import('./d.mjs');",
          "const e = require('./e.cjs');",
          'import {\n  f,\n  g,\n} from "./fg.js";',
        ].join('\n'),
      ),
      ['./a.js', '../b', './side-effect.css', './c.mjs', './fg.js', './d.mjs', './e.cjs'],
    );
  });

  it("reports a relative import into another package's scripts/ or src/", () => {
    const found = crossPackageInternalImports(
      [
        file(
          'apps/storybook/src/theme-workshop/ThemeWorkshop.tsx',
          "import { workshop } from '../../../../packages/tokens/scripts/lib/workshop.mjs';",
        ),
        file(
          'apps/storybook/test/a.test.mjs',
          "import { x } from '../../../packages/web/src/core.ts';",
        ),
      ],
      packageDirs,
    );
    assert.deepEqual(
      found.map(({ file, target }) => [file, target]),
      [
        [
          'apps/storybook/src/theme-workshop/ThemeWorkshop.tsx',
          'packages/tokens/scripts/lib/workshop.mjs',
        ],
        ['apps/storybook/test/a.test.mjs', 'packages/web/src/core.ts'],
      ],
    );
  });

  it('allows imports inside one package, by package name, from the root scripts/lib and of shared test specs', () => {
    const found = crossPackageInternalImports(
      [
        file(
          'packages/tokens/scripts/build.mjs',
          "import { gate } from '../engine/contrast-gate.mjs';",
        ),
        file('apps/storybook/src/x.tsx', "import { engine } from '@stadtkern/tokens/engine';"),
        file('apps/storybook/test/y.test.mjs', "import { a } from '../../../scripts/lib/axe.mjs';"),
        file(
          'apps/storybook/test/z.test.mjs',
          "import s from '../../../packages/web/test/browser/specs.mjs';",
        ),
      ],
      packageDirs,
    );
    assert.deepEqual(found, []);
  });
});

describe('messageTextBranching', () => {
  const bad = [
    "dateError?.message.startsWith('Das Datum muss') ? ['day'] : []",
    "{r.failure.includes('To fix: ') ? 'Vorschlag' : null}",
    "if (/^Das Datum/.test(error.message)) mark('day');",
    'const unknown = /which is not defined/.exec(message);',
    "result.message.de.endsWith('.')",
    'problem?.match(/ratio (\\d+)/)',
  ];
  const good = [
    "const dateError = errors.find((e) => e.fieldId.startsWith('geburtsdatum-'));",
    'if (!messages.includes(text)) missing.push(text);',
    "if (text.startsWith('00')) text = `+${text.slice(2)}`;",
    "if (error.code === 'date_in_future') mark(error.fields);",
  ];

  it('reports each way of deciding on a message text, with file and line', () => {
    const found = messageTextBranching([{ path: 'apps/x/page.tsx', text: bad.join('\n') }]);
    assert.deepEqual(
      found.map(({ line }) => line),
      bad.map((_, index) => index + 1),
    );
  });

  it('leaves structured decisions, lists of messages and input parsing alone', () => {
    assert.deepEqual(
      messageTextBranching([{ path: 'apps/x/page.tsx', text: good.join('\n') }]),
      [],
    );
  });

  it('exempts tests, which assert wording on purpose', () => {
    assert.deepEqual(
      messageTextBranching([
        { path: 'packages/utils/test/examples.test.ts', text: bad[0] },
        { path: 'apps/storybook/test/criteria/visual.mjs', text: bad[0] },
      ]),
      [],
    );
  });
});
