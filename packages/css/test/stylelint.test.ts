// Proves that every stylelint rule the CSS conventions rely on fails on a bad file. Each fixture in
// test/fixtures/ names, in its first comment, the source path it is linted as and the rule it must break.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import stylelint from 'stylelint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const configFile = join(root, 'stylelint.config.mjs');
const fixtureDir = join(root, 'test/fixtures');

const fixtures = await Promise.all(
  (await readdir(fixtureDir))
    .filter((f) => f.endsWith('.css'))
    .sort()
    .map(async (file) => {
      const code = await readFile(join(fixtureDir, file), 'utf8');
      const header = /^\/\* as: (\S+), fails: (\S+) \*\//.exec(code);
      if (!header) throw new Error(`${file}: first line must be "/* as: <path>, fails: <rule> */"`);
      return { file, code, as: header[1] ?? '', rule: header[2] ?? '' };
    }),
);

/** Lints code as if it stood at `path` in this package, with the package's own config. */
async function lint(code: string, path: string) {
  const { results, report } = await stylelint.lint({
    code,
    codeFilename: join(root, path),
    configFile,
    formatter: 'string',
  });
  const rules = new Set(results.flatMap((r) => r.warnings.map((w) => w.rule)));
  return { errored: results.some((r) => r.errored), rules, report };
}

describe('stylelint', () => {
  it('has a fixture for every rule the conventions rely on', () => {
    expect(new Set(fixtures.map((f) => f.rule))).toEqual(
      new Set([
        'csstools/use-logical',
        'csstools/value-no-unknown-custom-properties',
        'selector-class-pattern',
        'stadtkern/component-classes',
        'stadtkern/component-custom-properties',
        'stadtkern/layer-use',
        'stadtkern/flow-recipe',
        'stadtkern/named-breakpoint',
        'declaration-property-value-disallowed-list',
        'declaration-no-important',
        'at-rule-no-unknown',
      ]),
    );
  });

  it.each(fixtures)('fails on $file with $rule, and only with it', async ({ code, as, rule }) => {
    const { errored, rules, report } = await lint(code, as);
    expect(errored).toBe(true);
    expect(report).toContain(rule);
    expect([...rules]).toEqual([rule]);
  });

  it('passes a correct component file', async () => {
    const good = `@layer sk.components {
  .sk-demo {
    --sk-demo-gap: var(--sk-metric-space-small);

    gap: var(--sk-demo-gap);
    margin-inline-start: 0;
    border: var(--sk-metric-border-width-x-strong) solid var(--sk-color-form-error);

    @apply flow-block;
  }

  .sk-demo__part:focus-visible {
    @apply focus-ring;
  }
}
`;
    const { errored, report } = await lint(good, 'src/components/demo.css');
    expect(report).toBe('');
    expect(errored).toBe(false);
  });

  it('leaves the fixtures out of the real lint run', async () => {
    const { results } = await stylelint.lint({
      files: [join(fixtureDir, '*.css')],
      configFile,
      allowEmptyInput: true,
    });
    expect(results.every((r) => r.ignored === true || r.warnings.length === 0)).toBe(true);
  });
});
