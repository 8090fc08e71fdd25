// Conventions of the whole repository that no single package's linter can see. Each check is a pure
// function over what it is given (file texts, turbo's dry run), so that scripts/test/repo-checks.test.mjs
// proves on small fixtures that it reports what it should; scripts/lint-repo.mjs runs them on the real tree.
import { dirname, join, normalize, relative, sep } from 'node:path';

/** The files these checks read: JavaScript, TypeScript, Vue and MDX sources. */
export const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|vue|mdx)$/;

/** Folders whose files only tools write: a task that hashes them re-runs whenever a run rewrites them. */
export const GENERATED_FOLDERS = ['.turbo', 'node_modules', 'test-results', 'storybook-static'];

/**
 * Task inputs that are not sources: every file in turbo's resolved inputs (`turbo run … --dry=json`) that
 * git ignores or that lies under one of GENERATED_FOLDERS. Such a file changes with every run (turbo's own
 * logs, `node_modules/.bin`, caches), so the task would never be served from the cache.
 * @param {{ tasks: { taskId: string, command: string, directory: string, inputs?: Record<string, string> }[] }} dry
 * @param {(paths: string[]) => Set<string>} ignored  the repository-relative paths git ignores among those given
 * @returns {{ taskId: string, file: string }[]}
 */
export function generatedTaskInputs(dry, ignored) {
  const found = [];
  for (const task of dry.tasks) {
    if (task.command === '<NONEXISTENT>') continue; // the package has no such script
    const files = Object.keys(task.inputs ?? {}).map((file) => ({
      file: normalize(join(task.directory, file)).split(sep).join('/'),
    }));
    const ignoredFiles = ignored(files.map(({ file }) => file));
    for (const { file } of files) {
      const inGeneratedFolder = file.split('/').some((part) => GENERATED_FOLDERS.includes(part));
      if (inGeneratedFolder || ignoredFiles.has(file)) found.push({ taskId: task.taskId, file });
    }
  }
  return found;
}

/**
 * The import specifiers of a JavaScript/TypeScript/MDX/Vue source text: static and dynamic imports,
 * re-exports and `require()`.
 * @param {string} text
 * @returns {string[]}
 */
export function importSpecifiers(text) {
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"\n]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]));
}

/**
 * Imports that reach into another workspace package's `src/` or `scripts/` by relative path. A package's
 * internals are its own; others use what it exports by name (`@stadtkern/tokens/engine`), so that moving a
 * file inside a package breaks nothing outside it and the published form is what everyone tests.
 * @param {{ path: string, text: string }[]} files  repository-relative paths with their texts
 * @param {string[]} packageDirs  repository-relative folders of the workspace packages
 * @returns {{ file: string, specifier: string, target: string }[]}
 */
export function crossPackageInternalImports(files, packageDirs) {
  const owner = (/** @type {string} */ path) =>
    packageDirs
      .filter((dir) => path === dir || path.startsWith(`${dir}/`))
      .sort((a, b) => b.length - a.length)[0];
  const found = [];
  for (const { path, text } of files) {
    if (!SOURCE_FILE.test(path)) continue;
    const from = owner(path);
    for (const specifier of importSpecifiers(text)) {
      if (!specifier.startsWith('.')) continue;
      const target = normalize(join(dirname(path), specifier))
        .split(sep)
        .join('/');
      const to = owner(target);
      if (to === undefined || to === from) continue;
      const inside = relative(to, target).split(sep)[0];
      if (inside === 'src' || inside === 'scripts') found.push({ file: path, specifier, target });
    }
  }
  return found;
}

// A text meant for people, held in a variable or property of one of these names (or its `.de`/`.en`).
// Singular names only: `messages.includes(expected)` asks whether a list holds a message, which is fine.
const MESSAGE = String.raw`\b(?:message|msg|failure|problem|warning|reason)\??(?:\.(?:de|en)\b\??)?`;
const BRANCHING = [
  // message.startsWith('Das Datum muss'), failure.includes('To fix: '), problem.match(/…/)
  new RegExp(
    String.raw`${MESSAGE}\.(?:startsWith|endsWith|includes|indexOf|lastIndexOf|match|matchAll|search)\(`,
  ),
  // /^Das Datum/.test(error.message), pattern.exec(result.failure)
  new RegExp(String.raw`\.(?:test|exec)\(\s*[\w.?]*${MESSAGE}\s*\)`),
];

/**
 * Code that decides something by reading a message meant for people (`message.startsWith(…)`, a regular
 * expression over a failure text). Messages change with wording and language; decisions belong on the
 * structured data next to them (a validator's `code` and `fields`, the contrast gate's pair and ratio).
 * Tests are exempt: asserting a message's wording is their job.
 * @param {{ path: string, text: string }[]} files  repository-relative paths with their texts
 * @returns {{ file: string, line: number, code: string }[]}
 */
export function messageTextBranching(files) {
  const found = [];
  for (const { path, text } of files) {
    if (!SOURCE_FILE.test(path) || isTestFile(path)) continue;
    text.split('\n').forEach((code, index) => {
      if (BRANCHING.some((pattern) => pattern.test(code)))
        found.push({ file: path, line: index + 1, code: code.trim() });
    });
  }
  return found;
}

/** @param {string} path */
function isTestFile(path) {
  return (
    /\.(?:test|spec|bench)\.[cm]?[jt]sx?$/.test(path) ||
    /(?:^|\/)(?:test|tests|__tests__|bench)\//.test(path)
  );
}
