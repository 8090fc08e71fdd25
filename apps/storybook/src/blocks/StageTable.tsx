import { toId } from 'storybook/internal/csf';
import { STAGES, stageOf } from './stages';
import type { Stage } from './stages';
import { ScrollRegion } from './ScrollRegion';

interface StoriesMeta {
  title?: string;
  tags?: string[];
}

// Every component's stories file, so a new component appears here without edits.
const metas = import.meta.glob<StoriesMeta>('../../../../packages/react/src/*/*.stories.tsx', {
  eager: true,
  import: 'default',
});

interface Row {
  name: string;
  category: string;
  docsPath: string;
  stage: Stage;
}

/** Every component with its category and stage, read from the stage tag of its stories. */
export function componentStages(): Row[] {
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

const cell = {
  padding: 'var(--sk-metric-space-x-small) var(--sk-metric-space-small)',
  borderBlockEnd:
    'var(--sk-metric-border-width-default) solid var(--sk-color-layout-border-default)',
  textAlign: 'start',
} as const;

/** The stage table: one row per component, generated from the stories' stage tags. */
export function StageTable() {
  const rows = componentStages();
  const counts = Object.values(STAGES)
    .map(({ label }) => [label, rows.filter((row) => row.stage.label === label).length] as const)
    .filter(([, count]) => count > 0)
    .map(([label, count]) => `${count} ${label}`)
    .join(', ');
  return (
    <ScrollRegion label="Komponenten und ihre Stufe">
      <table style={{ borderCollapse: 'collapse', inlineSize: '100%', maxInlineSize: '48rem' }}>
        <caption style={{ textAlign: 'start', marginBlockEnd: 'var(--sk-metric-space-small)' }}>
          {rows.length} Komponenten: {counts}
        </caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              Komponente
            </th>
            <th scope="col" style={cell}>
              Bereich
            </th>
            <th scope="col" style={cell}>
              Stufe
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.docsPath}>
              <th scope="row" style={cell}>
                <a className="sk-link" href={`./?path=${row.docsPath}`} target="_top">
                  {row.name}
                </a>
              </th>
              <td style={cell}>{row.category}</td>
              <td style={cell}>
                <span className={`sk-badge ${row.stage.badgeClass}`}>{row.stage.label}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
