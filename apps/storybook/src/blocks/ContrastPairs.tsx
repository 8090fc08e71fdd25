import { Fragment } from 'react';
import { ScrollRegion } from './ScrollRegion';
import { KIND_LABEL, SCHEMES, contrastTable, ratioLabel, statesLabel } from './contrast-pairs';
import type { Measured } from './contrast-pairs';

export interface ContrastPairsProps {
  /** The component file(s) in packages/css/src/components whose pairs to show: `"button"`, `["fieldset", "radio"]`. */
  component: string | string[];
}

const cell = {
  padding: 'var(--sk-metric-space-x-small) var(--sk-metric-space-small)',
  borderBlockEnd:
    'var(--sk-metric-border-width-default) solid var(--sk-color-layout-border-default)',
  textAlign: 'start',
  verticalAlign: 'top',
} as const;

/** „10,82 ✓“ or „2,1 ✗ (mind. 3)“; „nicht geprüft“ when the gate has no ratio for the pair. */
function MeasuredCell({ measured }: { measured: Measured }) {
  if (measured.ratio === undefined) return <>nicht geprüft ✗</>;
  return measured.passes ? (
    <>{ratioLabel(measured.ratio)} ✓</>
  ) : (
    <>
      {ratioLabel(measured.ratio)} ✗ (mind. {ratioLabel(measured.required ?? 0)})
    </>
  );
}

/**
 * Doc block for the section „Kontraste“ of a component page: every colour pair the component draws, as declared in
 * packages/css/src/components/<name>.pairs.json, with the contrast ratio in each theme, light and dark, as the
 * token build's contrast gate measured it (contrast-pairs.ts). Generated; nothing to keep in step by hand.
 */
export function ContrastPairs({ component }: ContrastPairsProps) {
  const components = Array.isArray(component) ? component : [component];
  const { themes, rows, decorative, withoutPairs } = contrastTable(components);
  const names = components.map((name) => `.sk-${name}`).join(', ');
  return (
    <>
      {rows.length > 0 && (
        <ScrollRegion label={`Farbpaare von ${names}`}>
          <table style={{ borderCollapse: 'collapse', inlineSize: '100%' }}>
            <caption style={{ textAlign: 'start', marginBlockEnd: 'var(--sk-metric-space-small)' }}>
              <p role="none" style={{ margin: 0 }}>
                {rows.length} Farbpaare von {names}, Kontrast in {themes.length} Themes (hell /
                dunkel), gemessen vom Kontrast-Gate des Token-Builds
              </p>
            </caption>
            <thead>
              <tr>
                <th scope="col" style={cell}>
                  Vordergrund auf Hintergrund
                </th>
                <th scope="col" style={cell}>
                  Art (Mindestwert)
                </th>
                <th scope="col" style={cell}>
                  Zustand
                </th>
                {themes.map((theme) => (
                  <th key={theme.id} scope="col" style={cell}>
                    {theme.name} (hell / dunkel)
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.component} ${row.fg} ${row.bg} ${row.kind}`}>
                  <th scope="row" style={{ ...cell, fontWeight: 'normal' }}>
                    <code>{row.fg}</code> auf <code>{row.bg}</code>
                  </th>
                  <td style={cell}>
                    {KIND_LABEL[row.kind]} ({row.kind === 'text' ? '4,5' : '3'}:1)
                  </td>
                  <td style={cell}>{statesLabel(row.states)}</td>
                  {themes.map((theme) => (
                    <td key={theme.id} style={cell}>
                      {SCHEMES.map((scheme, i) => (
                        <Fragment key={scheme.id}>
                          {i > 0 && ' / '}
                          <span style={{ whiteSpace: 'nowrap' }}>
                            <MeasuredCell
                              measured={row.measured[theme.id]?.[scheme.id] ?? { passes: false }}
                            />
                          </span>
                        </Fragment>
                      ))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {decorative.length > 0 && (
        <p>
          Ohne Mindestkontrast, weil rein dekorativ (die Begründung steht in der Datei{' '}
          <code>.pairs.json</code> neben dem CSS):{' '}
          {decorative.map(({ component: name, token }, i) => (
            <span key={`${name} ${token}`}>
              {i > 0 && ', '}
              <code>{token}</code>
            </span>
          ))}
          .
        </p>
      )}
      {withoutPairs.length > 0 && (
        <p>
          {withoutPairs.map((name) => `.sk-${name}`).join(', ')} setzt keine eigenen Farb-Tokens und
          übernimmt die Farben seiner Umgebung.
        </p>
      )}
    </>
  );
}
