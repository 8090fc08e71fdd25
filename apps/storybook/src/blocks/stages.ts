/**
 * Component stages (docs/governance.md#component-stages). A component's stage is recorded once: as a
 * tag on the meta of its stories file (`tags: ['stage-experimental']`). The badge on its docs page
 * (StageBadge), the stage table (StageTable) and the landing page's status table read that tag. `summary`
 * condenses the entry criteria and guarantees of docs/governance.md#component-stages for designers.
 */
export const STAGES = {
  'stage-experimental': {
    id: 'experimental',
    label: 'experimentell',
    badgeClass: 'sk-badge--warning',
    summary:
      'Eine Stadt braucht die Komponente. CSS, React-Komponente, Stories für jede Variante, Tests und die ' +
      'Barrierefreiheitsprüfung in jedem Theme sind da. Keine Zusage: Sie kann sich in jeder Version noch ' +
      'ändern (im Changeset angekündigt).',
  },
  'stage-candidate': {
    id: 'candidate',
    label: 'Kandidat',
    badgeClass: 'sk-badge--info',
    summary:
      'Eine zweite Stadt mit anderem Theme nutzt oder prüft sie. Die Dokumentation nennt Einsatz, Do’s und ' +
      'Don’ts; Tastatur- und Screenreader-Prüfung sind festgehalten. Brechende Änderungen nur mit ' +
      'Migrationsanleitung.',
  },
  'stage-stable': {
    id: 'stable',
    label: 'stabil',
    badgeClass: 'sk-badge--success',
    summary:
      'In zwei Städten im Einsatz und von einer Barrierefreiheitsprüfung bestätigt. Brechende Änderungen nur in ' +
      'einer neuen Hauptversion, nach einer Übergangszeit.',
  },
} as const;

export type StageTag = keyof typeof STAGES;
export type Stage = (typeof STAGES)[StageTag] & { tag: StageTag };

/** What the stages mean and how a component moves between them. */
export const GOVERNANCE_URL =
  'https://gitlab.opencode.de/stadtkern/stadtkern/-/blob/main/docs/governance.md#component-stages';

const isStageTag = (tag: string): tag is StageTag => Object.hasOwn(STAGES, tag);

/** The stage of a component from the meta of its stories; throws unless there is exactly one stage tag. */
export function stageOf(meta: { title?: string; tags?: readonly string[] }): Stage {
  const found = (meta.tags ?? []).filter(isStageTag);
  const [tag] = found;
  if (found.length !== 1 || tag === undefined) {
    throw new Error(
      `${meta.title ?? 'A stories file'}: its meta needs exactly one stage tag out of ` +
        `${Object.keys(STAGES).join(', ')}; found ${found.length === 0 ? 'none' : found.join(', ')}.`,
    );
  }
  return { tag, ...STAGES[tag] };
}
