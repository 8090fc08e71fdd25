/**
 * The facts about every component that Storybook's overview pages show, each read from the one place it is
 * recorded — nothing here is kept by hand:
 *
 * - the component list, its title and category: the stories files in packages/react/src/<C>/<C>.stories.tsx;
 * - the stage: the stage tag on the meta of those stories (see stages.ts);
 * - the KERN counterpart: docs/kern-mapping.md, the mapping KERN → Stadtkern maintainers already keep for
 *   developers. It is parsed here at build time; a component the file does not name fails the page, so the
 *   mapping cannot silently fall behind the components;
 * - the version a component first shipped in: packages/react/CHANGELOG.md once there are releases (the first
 *   version whose notes name the component), otherwise the pending changesets in .changeset/ — then the
 *   component is unreleased and the version it comes with is what `changeset version` will write: the package
 *   version bumped by the largest pending bump of @stadtkern/react's fixed release group.
 */
import { toId } from 'storybook/internal/csf';
import changesetConfig from '../../../../.changeset/config.json';
import kernMapping from '../../../../docs/kern-mapping.md?raw';
import reactPackage from '../../../../packages/react/package.json';
import { stageOf } from './stages';
import type { Stage } from './stages';

interface StoriesMeta {
  title?: string;
  tags?: string[];
}

// Every component's stories file, so a new component appears without edits.
const metas = import.meta.glob<StoriesMeta>('../../../../packages/react/src/*/*.stories.tsx', {
  eager: true,
  import: 'default',
});
// The changelog does not exist before the first release; the glob is then empty.
const changelogs = import.meta.glob<string>('../../../../packages/react/CHANGELOG.md', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const changesets = import.meta.glob<string>('../../../../.changeset/*.md', {
  eager: true,
  query: '?raw',
  import: 'default',
});

export interface ComponentStage {
  /** The component's name, the last part of its stories' title. */
  name: string;
  /** The sidebar group between „Komponenten“ and the name (e.g. „Formular“). */
  category: string;
  /** Storybook path of the component's docs page (`/docs/<id>`). */
  docsPath: string;
  stage: Stage;
}

/** The first release that shipped the component, or the release it will ship with. */
export type Since = { released: true; version: string } | { released: false; next: string };

export interface ComponentStatus extends ComponentStage {
  /** KERN elements the component implements (docs/kern-mapping.md); empty when it goes beyond KERN. */
  kern: string[];
  since: Since;
}

/** Every component with its category and stage, read from the stage tag of its stories. */
export function componentStages(): ComponentStage[] {
  return Object.entries(metas)
    .map(([file, meta]) => {
      if (!meta.title) throw new Error(`${file}: the stories' meta has no title`);
      const parts = meta.title.split('/');
      return {
        name: parts.at(-1) ?? meta.title,
        category: parts.slice(1, -1).join(' / '),
        docsPath: `/docs/${toId(meta.title, 'Dokumentation')}`,
        stage: stageOf(meta),
      };
    })
    .sort((a, b) => a.category.localeCompare(b.category, 'de') || a.name.localeCompare(b.name));
}

// ---------------------------------------------------------------------------------------------------------
// docs/kern-mapping.md

/** The KERN elements each component implements, and the components listed as going beyond KERN. */
export interface KernMapping {
  kern: Map<string, string[]>;
  beyond: Set<string>;
}

const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());

/**
 * Component names a table cell names: code spans starting with a capital (`Button`, `Heading level={1}`),
 * outside parentheses — „`Fieldset` (auch in `DateInput`)“ maps `fieldset` to Fieldset, not to DateInput.
 */
function componentsIn(cell: string): string[] {
  let text = cell;
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(/\([^()]*\)/g, '');
  }
  return [...text.matchAll(/`([A-Z][A-Za-z0-9]*)[^`]*`/g)].map((match) => match[1] ?? '');
}

/**
 * Reads the tables of docs/kern-mapping.md: in a table whose first column is „KERN“ each row maps a KERN element
 * (first cell) to the Stadtkern components its second cell names; a table whose first column is „Stadtkern“
 * lists components beyond KERN.
 */
export function parseKernMapping(markdown: string): KernMapping {
  const kern = new Map<string, string[]>();
  const beyond = new Set<string>();
  let header: string | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.trimStart().startsWith('|')) {
      header = undefined;
      continue;
    }
    const cells = cellsOf(line);
    if (header === undefined) {
      header = cells[0];
      continue;
    }
    if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue;
    if (header === 'KERN') {
      const element = (cells[0] ?? '').replace(/`/g, '');
      for (const name of componentsIn(cells[1] ?? '')) {
        const elements = kern.get(name) ?? [];
        if (!elements.includes(element)) elements.push(element);
        kern.set(name, elements);
      }
    } else if (header === 'Stadtkern') {
      for (const name of componentsIn(cells[0] ?? '')) beyond.add(name);
    }
  }
  return { kern, beyond };
}

/** The KERN elements of a component; throws when the mapping names it nowhere. */
export function kernOf(mapping: KernMapping, name: string): string[] {
  const elements = mapping.kern.get(name);
  if (elements) return elements;
  if (mapping.beyond.has(name)) return [];
  throw new Error(
    `docs/kern-mapping.md does not name the component ${name}: add it to a KERN row (the KERN element it ` +
      'implements) or to the table „Über KERN hinaus“.',
  );
}

// ---------------------------------------------------------------------------------------------------------
// Versions: packages/react/CHANGELOG.md and .changeset/*.md

const BUMPS = ['patch', 'minor', 'major'] as const;
type Bump = (typeof BUMPS)[number];

/** Whether a text names the component as a word (`Table` in „`<Table>`“, not in „TableCell“). */
export function mentions(text: string, name: string): boolean {
  return new RegExp(`(?<![\\w-])${name}(?![\\w-])`).test(text);
}

/** The releases of a changesets CHANGELOG.md, oldest first: `## 1.2.0` headings and the notes below them. */
export function parseChangelog(markdown: string): { version: string; notes: string }[] {
  const releases = [...markdown.matchAll(/^## (\d+\.\d+\.\d+\S*)\s*$/gm)].map((match, i, all) => ({
    version: match[1] ?? '',
    notes: markdown.slice(match.index, all[i + 1]?.index),
  }));
  return releases.reverse();
}

/** A changeset file: the bump per package in its front matter and its text. */
export function parseChangeset(markdown: string): { bumps: Map<string, Bump>; text: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(markdown.replace(/\r\n/g, '\n'));
  if (!match) throw new Error(`a changeset without front matter: ${markdown.slice(0, 80)}`);
  const bumps = new Map<string, Bump>();
  for (const line of (match[1] ?? '').split('\n')) {
    const entry = /^\s*["']?([^"':]+)["']?\s*:\s*(patch|minor|major)\s*$/.exec(line);
    if (entry) bumps.set(entry[1] ?? '', entry[2] as Bump);
    else if (line.trim()) throw new Error(`a changeset front matter line I cannot read: ${line}`);
  }
  return { bumps, text: match[2] ?? '' };
}

/** `semver.inc` for the three bumps changesets writes (no pre-releases). */
export function bumpVersion(version: string, bump: Bump): string {
  const [major = 0, minor = 0, patch = 0] = version.split(/[.+-]/).map(Number);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

export interface ReleaseSources {
  /** `@stadtkern/react`'s version in its package.json. */
  version: string;
  /** The packages released with one version number together with `@stadtkern/react` (its `fixed` group). */
  group: string[];
  changelog?: string;
  changesets: string[];
}

/**
 * The release that first shipped the component: the oldest release whose notes name it; else, if a pending
 * changeset names it, the version the next `changeset version` will give @stadtkern/react. Throws when neither
 * names it — a component must not appear without a changeset.
 */
export function sinceOf(sources: ReleaseSources, name: string): Since {
  const released = parseChangelog(sources.changelog ?? '').find((release) =>
    mentions(release.notes, name),
  );
  if (released) return { released: true, version: released.version };
  const pending = sources.changesets.map(parseChangeset);
  const relevant = pending.filter((changeset) =>
    sources.group.some((pkg) => changeset.bumps.has(pkg)),
  );
  if (!relevant.some((changeset) => mentions(changeset.text, name)))
    throw new Error(
      `${name}: neither packages/react/CHANGELOG.md nor a pending changeset names it, so the version it ` +
        'ships with is unknown. Add a changeset that introduces it.',
    );
  const bump = relevant
    .flatMap((changeset) => sources.group.map((pkg) => changeset.bumps.get(pkg)))
    .reduce<Bump>(
      (largest, b) => (b && BUMPS.indexOf(b) > BUMPS.indexOf(largest) ? b : largest),
      'patch',
    );
  return { released: false, next: bumpVersion(sources.version, bump) };
}

/** The sources as this build of Storybook sees them. */
export function releaseSources(): ReleaseSources {
  return {
    version: reactPackage.version,
    group: changesetConfig.fixed.find((group) => group.includes(reactPackage.name)) ?? [
      reactPackage.name,
    ],
    changelog: Object.values(changelogs)[0],
    changesets: Object.entries(changesets)
      .filter(([file]) => !file.endsWith('/README.md'))
      .map(([, text]) => text),
  };
}

/** Every component with stage, KERN counterpart and the version it first shipped (or will ship) in. */
export function componentStatus(): ComponentStatus[] {
  const mapping = parseKernMapping(kernMapping);
  const sources = releaseSources();
  return componentStages().map((component) => ({
    ...component,
    kern: kernOf(mapping, component.name),
    since: sinceOf(sources, component.name),
  }));
}
