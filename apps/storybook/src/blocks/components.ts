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
 *   component is unreleased and the version it comes with is what `changeset version` will write. The
 *   changesets and that version are read and planned at build time by changesets' own libraries
 *   (.storybook/releases.ts, the module `virtual:stadtkern/releases`); this module only looks them up.
 */
import { toId } from 'storybook/internal/csf';
import kernMapping from '../../../../docs/kern-mapping.md?raw';
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

/** A pending changeset as @changesets/read reads it: the bump per package in its front matter and its text. */
export interface PendingChangeset {
  id: string;
  summary: string;
  releases: { name: string; type: 'major' | 'minor' | 'patch' | 'none' }[];
}

export interface ReleaseSources {
  /** `@stadtkern/react`'s version in its package.json. */
  version: string;
  /** The packages released with one version number together with `@stadtkern/react` (its `fixed` group). */
  group: string[];
  changelog?: string;
  /** The pending changesets in .changeset/. */
  changesets: PendingChangeset[];
  /**
   * The version the next `changeset version` gives `@stadtkern/react`, as @changesets/assemble-release-plan
   * plans it from the pending changesets; absent when none of them releases it.
   */
  next?: string;
}

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

/**
 * The release that first shipped the component: the oldest release whose notes name it; else, if a pending
 * changeset of @stadtkern/react's release group names it, the version the next `changeset version` will give
 * @stadtkern/react. Throws when neither names it — a component must not appear without a changeset.
 */
export function sinceOf(sources: ReleaseSources, name: string): Since {
  const released = parseChangelog(sources.changelog ?? '').find((release) =>
    mentions(release.notes, name),
  );
  if (released) return { released: true, version: released.version };
  const introduced = sources.changesets.some(
    (changeset) =>
      mentions(changeset.summary, name) &&
      changeset.releases.some(
        (release) => release.type !== 'none' && sources.group.includes(release.name),
      ),
  );
  if (!introduced)
    throw new Error(
      `${name}: neither packages/react/CHANGELOG.md nor a pending changeset names it, so the version it ` +
        'ships with is unknown. Add a changeset that introduces it.',
    );
  if (!sources.next)
    throw new Error(
      `${name}: a pending changeset of ${sources.group.join(', ')} names it, but the release plan does not ` +
        'release @stadtkern/react: add it to that fixed group in .changeset/config.json.',
    );
  return { released: false, next: sources.next };
}

/** Every component with stage, KERN counterpart and the version it first shipped (or will ship) in. */
export function componentStatus(sources: ReleaseSources): ComponentStatus[] {
  const mapping = parseKernMapping(kernMapping);
  return componentStages().map((component) => ({
    ...component,
    kern: kernOf(mapping, component.name),
    since: sinceOf(sources, component.name),
  }));
}
