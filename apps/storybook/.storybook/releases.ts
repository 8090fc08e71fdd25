/**
 * The release facts the landing page's „Seit Version“ column needs (src/blocks/components.ts), read at build
 * time in Node by the libraries `changeset version` itself runs: @changesets/get-release-plan reads the pending
 * changesets (@changesets/read), the config (@changesets/config) and the workspace's packages, and plans the
 * release (@changesets/assemble-release-plan) — fixed groups, dependents and pre-release mode included. The page
 * runs in the browser, where those libraries cannot (they read files), so this plugin hands their result to it
 * as the module `virtual:stadtkern/releases`.
 */
import getReleasePlan from '@changesets/get-release-plan';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';
import type { ReleaseSources } from '../src/blocks/components';

const REACT = '@stadtkern/react';
const MODULE = 'virtual:stadtkern/releases';
const RESOLVED = `\0${MODULE}`;

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/**
 * The release sources of the repository at `root`: @stadtkern/react's version and changelog (in
 * packages/react), its release group (the `fixed` group of .changeset/config.json that holds it), the pending
 * changesets and the version the next `changeset version` gives @stadtkern/react.
 */
export async function readReleaseSources(root: string): Promise<ReleaseSources> {
  const reactDir = join(root, 'packages/react');
  const { version } = readJson(join(reactDir, 'package.json')) as { version: string };
  const { fixed = [] } = readJson(join(root, '.changeset/config.json')) as { fixed?: string[][] };
  const changelogPath = join(reactDir, 'CHANGELOG.md');
  const plan = await getReleasePlan(root);
  return {
    version,
    group: fixed.find((group) => group.includes(REACT)) ?? [REACT],
    ...(existsSync(changelogPath) && { changelog: readFileSync(changelogPath, 'utf8') }),
    changesets: plan.changesets.map(({ id, summary, releases }) => ({ id, summary, releases })),
    next: plan.releases.find((release) => release.name === REACT)?.newVersion,
  };
}

/** The repository this Storybook is built from. */
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * `import { releases } from 'virtual:stadtkern/releases'`: `readReleaseSources` of this repository, read again in
 * the dev server when a changeset, the changesets config, or @stadtkern/react's version or changelog changes.
 */
export function releasesPlugin(root = REPO): Plugin {
  // `changeset version` changes package versions and the changelogs and deletes the changesets it applied.
  const watched = ['.changeset', 'packages/react/package.json', 'packages/react/CHANGELOG.md'];
  const affects = (file: string) => {
    const path = relative(root, file).split(sep).join('/');
    return watched.some((source) => path === source || path.startsWith(`${source}/`));
  };
  return {
    name: 'stadtkern:releases',
    resolveId: (id) => (id === MODULE ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      return `export const releases = ${JSON.stringify(await readReleaseSources(root))};`;
    },
    configureServer(server: ViteDevServer) {
      const reload = (file: string) => {
        const module = affects(file) && server.moduleGraph.getModuleById(RESOLVED);
        if (module) void server.reloadModule(module);
      };
      server.watcher.add(watched.map((source) => join(root, source)));
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, reload);
    },
  };
}
