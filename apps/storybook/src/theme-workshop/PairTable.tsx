// The contrast gate's verdict on every pair of one scheme, phrased in German from the engine's data.
import { Fragment } from 'react';
import { Badge, Table, TableCell, TableHeaderCell } from '@stadtkern/react';
import { shortStep } from '@stadtkern/tokens/engine';
import { SCHEME_LABEL, minimum, ratio } from './german';
import type { PairResult, Scheme } from './german';

/** What to edit for a failing pair, in German: the brand step behind the token and the nearest step that passes. */
const suggestion = ({ token, origin, file, nearest }: PairResult['fixes'][number]) =>
  `${token} kommt aus ${shortStep(origin)} (${origin} in ${file}); ` +
  (nearest
    ? `die nächste Stufe, die besteht, ist ${shortStep(nearest.step)} (${nearest.value}, ${ratio(nearest.ratio)})`
    : `keine Stufe von ${shortStep(origin.slice(0, origin.lastIndexOf('.')))} besteht`);

/** A token name that may break after its dots, never inside a part: color.<wbr>action.<wbr>on-default. */
function TokenName({ name }: { name: string }) {
  const parts = name.split('.');
  return (
    <code>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {/* white-space: nowrap keeps a part whole, also at its hyphens (theme-workshop.css). */}
          <span className="stadtkern-theme-workshop__token-part">
            {i < parts.length - 1 ? `${part}.` : part}
          </span>
          {i < parts.length - 1 ? <wbr /> : null}
        </Fragment>
      ))}
    </code>
  );
}

/** The caption of a scheme's table, also the summary of its fold: Hell: 71 Paare, alle bestanden. */
export const pairSummary = (scheme: Scheme, results: PairResult[]) => {
  const failing = results.filter((r) => !r.passes).length;
  return `${SCHEME_LABEL[scheme]}: ${results.length} Paare, ${
    failing === 0 ? 'alle bestanden' : `${failing} nicht bestanden`
  }`;
};

export function PairTable({ scheme, results }: { scheme: Scheme; results: PairResult[] }) {
  return (
    // The Table's own scroll region (named by its caption) keeps the page from scrolling sideways.
    <Table caption={pairSummary(scheme, results)} compact>
      <thead>
        <tr>
          <TableHeaderCell scope="col">Vordergrund</TableHeaderCell>
          <TableHeaderCell scope="col">Hintergrund</TableHeaderCell>
          <TableHeaderCell scope="col">Wofür</TableHeaderCell>
          <TableHeaderCell scope="col" numeric>
            Kontrast
          </TableHeaderCell>
          <TableHeaderCell scope="col" numeric>
            Mindestens
          </TableHeaderCell>
          <TableHeaderCell scope="col">Ergebnis</TableHeaderCell>
        </tr>
      </thead>
      <tbody>
        {results.map((r) => (
          <tr key={`${r.fg} ${r.bg}`}>
            <TableCell>
              <TokenName name={r.fg} /> <code>{r.fgValue}</code>
            </TableCell>
            <TableCell>
              <TokenName name={r.bg} /> <code>{r.bgValue}</code>
            </TableCell>
            <TableCell>{r.reason}</TableCell>
            <TableCell numeric>{ratio(r.ratio)}</TableCell>
            <TableCell numeric>{minimum(r.min)}</TableCell>
            <TableCell>
              {r.passes ? (
                <Badge variant="success">bestanden</Badge>
              ) : (
                <>
                  <Badge variant="danger">nicht bestanden</Badge>
                  {r.fixes.length > 0 ? (
                    <>
                      <br />
                      {`Vorschlag: ${r.fixes.map(suggestion).join('; oder ')}`}
                    </>
                  ) : null}
                </>
              )}
            </TableCell>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
