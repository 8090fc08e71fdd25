import type { ReactNode } from 'react';
import { releases } from 'virtual:stadtkern/releases';
import { componentStages, componentStatus } from './components';
import type { ComponentStage, Since } from './components';
import { STAGES } from './stages';
import { ScrollRegion } from './ScrollRegion';

const cell = {
  padding: 'var(--sk-metric-space-x-small) var(--sk-metric-space-small)',
  borderBlockEnd:
    'var(--sk-metric-border-width-default) solid var(--sk-color-layout-border-default)',
  textAlign: 'start',
} as const;

/** „54 Komponenten: 50 experimentell, 4 Kandidat“ */
function summary(rows: ComponentStage[]): string {
  const counts = Object.values(STAGES)
    .map(({ label }) => [label, rows.filter((row) => row.stage.label === label).length] as const)
    .filter(([, count]) => count > 0)
    .map(([label, count]) => `${count} ${label}`)
    .join(', ');
  return `${rows.length} Komponenten: ${counts}`;
}

/** The frame both tables share: a named scroll region (reflow at 320 px), caption, header row. */
function ComponentTable({
  label,
  caption,
  columns,
  width,
  children,
}: {
  label: string;
  caption: string;
  columns: string[];
  width: string;
  children: ReactNode;
}) {
  return (
    <ScrollRegion label={label}>
      <table style={{ borderCollapse: 'collapse', inlineSize: '100%', maxInlineSize: width }}>
        <caption style={{ textAlign: 'start', marginBlockEnd: 'var(--sk-metric-space-small)' }}>
          {/* In a <p>, the caption takes the docs page's text colour, as the cells do (Storybook's docs styles
              p and td, not caption, which kept the preview's colour: light text on the light docs page in the
              dark scheme). role="none": the caption's text stays the table's name, without a paragraph node. */}
          <p role="none" style={{ margin: 0 }}>
            {caption}
          </p>
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" style={cell}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}

/** The row header: the component's name, linking to its docs page (in the whole Storybook, not the frame). */
function NameCell({ row }: { row: ComponentStage }) {
  return (
    <th scope="row" style={cell}>
      <a className="sk-link" href={`./?path=${row.docsPath}`} target="_top">
        {row.name}
      </a>
    </th>
  );
}

function StageCell({ row }: { row: ComponentStage }) {
  return (
    <td style={cell}>
      <span className={`sk-badge ${row.stage.badgeClass}`}>{row.stage.label}</span>
    </td>
  );
}

/** The stage table: one row per component, generated from the stories' stage tags. */
export function StageTable() {
  const rows = componentStages();
  return (
    <ComponentTable
      label="Komponenten und ihre Stufe"
      caption={summary(rows)}
      columns={['Komponente', 'Bereich', 'Stufe']}
      width="48rem"
    >
      {rows.map((row) => (
        <tr key={row.docsPath}>
          <NameCell row={row} />
          <td style={cell}>{row.category}</td>
          <StageCell row={row} />
        </tr>
      ))}
    </ComponentTable>
  );
}

/** „0.2.0“, or „noch nicht veröffentlicht (kommt mit 0.2.0)“ */
export function sinceLabel(since: Since): string {
  return since.released ? since.version : `noch nicht veröffentlicht (kommt mit ${since.next})`;
}

/**
 * The status table of the landing page: every component with stage, KERN counterpart and the version of
 * @stadtkern/react it first shipped in — each read from its one source (see components.ts).
 */
export function StatusTable() {
  const rows = componentStatus(releases);
  const unreleased = rows.filter((row) => !row.since.released).length;
  return (
    <ComponentTable
      label="Status aller Komponenten"
      caption={`${summary(rows)}; ${unreleased === rows.length ? 'noch keine' : rows.length - unreleased} veröffentlicht`}
      columns={['Komponente', 'Stufe', 'KERN-Entsprechung', 'Seit Version']}
      width="60rem"
    >
      {rows.map((row) => (
        <tr key={row.docsPath}>
          <NameCell row={row} />
          <StageCell row={row} />
          <td style={cell}>
            {row.kern.length === 0
              ? '– (über KERN hinaus)'
              : row.kern.map((element, i) => (
                  <span key={element}>
                    {i > 0 && ', '}
                    <code>{element}</code>
                  </span>
                ))}
          </td>
          <td style={cell}>{sinceLabel(row.since)}</td>
        </tr>
      ))}
    </ComponentTable>
  );
}
