// The Theme-Werkstatt: a designer enters a city's brand decisions and sees the generated palette, real components in
// light and dark, and the contrast gate's verdict on every pair – computed by the token build's own code
// (@stadtkern/tokens/engine, run in the browser) – and downloads the theme folder. This file puts the parts together:
// the state (state.ts), the form (Form.tsx), then the verdict and the downloads, the palettes, previews and the pair
// tables (folded, they are long).
import { useState } from 'react';
import { Alert } from '@stadtkern/react';
import './theme-workshop.css';
import { Downloads } from './Downloads';
import { ThemeForm } from './Form';
import { PairTable, pairSummary } from './PairTable';
import { Palette } from './Palette';
import { Preview } from './Preview';
import { Section } from './Section';
import { SCHEMES } from './german';
import type { Scheme, Workshop } from './german';
import { useInput, useWorkshopRun } from './state';
import type { Run } from './state';

/** The status line: what the page is doing, or how many pairs pass or fail (and what else stops the build). */
function statusText(run: Run): string {
  switch (run.state) {
    case 'invalid':
      return 'Bitte korrigieren Sie die markierten Angaben.';
    case 'running':
      return 'Die Kontrastprüfung läuft …';
    case 'error':
      return `Das Theme lässt sich nicht erzeugen: ${run.message}`;
    case 'done': {
      const results = SCHEMES.flatMap((s) => run.result.results[s] ?? []);
      const failing = results.filter((r) => !r.passes).length;
      const others = buildProblems(run.result).length - failing;
      if (failing > 0)
        return `${failing} ${failing === 1 ? 'Kontrastpaar besteht' : 'Kontrastpaare bestehen'} nicht. Der Build würde abbrechen.`;
      if (others > 0)
        return `Alle ${results.length} Kontrastpaare bestehen, aber ${others === 1 ? 'ein anderes Problem hält' : `${others} andere Probleme halten`} den Build auf.`;
      return `Alle ${results.length} Kontrastpaare bestehen. Das Theme lässt sich bauen.`;
    }
  }
}

/** Everything the build would stop on: its own messages (one per failing pair among them) and the schema's. */
const buildProblems = (result: Workshop) => [...result.problems, ...result.schemaProblems];

export function ThemeWorkshop() {
  const [input, set] = useInput();
  const run = useWorkshopRun(input);
  const done = run.state === 'done' ? run : undefined;
  const problems = done ? buildProblems(done.result) : [];
  // Which pair tables are open: kept here, since every new run replaces the results below.
  const [open, setOpen] = useState<Record<Scheme, boolean>>({ light: false, dark: false });

  return (
    // sb-unstyled: Storybook's docs typography stays out; what shows is Stadtkern's own CSS, as in a service.
    // On the selected theme's own surface, like the story previews on docs pages (preview.css).
    <div
      id="werkstatt"
      className="sb-unstyled stadtkern-theme-workshop"
      style={{
        background: 'var(--sk-color-layout-background-level-1)',
        color: 'var(--sk-color-layout-text-default)',
        fontFamily: 'var(--sk-typography-font-family-default)',
        padding: 'var(--sk-metric-space-large)',
        border: 'var(--sk-metric-border-width-default) solid var(--sk-color-layout-border-default)',
      }}
    >
      <ThemeForm input={input} errors={run.errors} set={set} />

      <p
        role="status"
        style={{ fontWeight: 600, marginBlockStart: 'var(--sk-metric-space-large)' }}
      >
        {statusText(run)}
      </p>

      {done ? (
        <>
          {/* The build's CSS for the candidate, scoped to the preview containers below. */}
          <style>{done.result.css}</style>
          {/* The verdict and the download first; the palettes, previews and pair tables follow. */}
          {done.result.notes.length > 0 ? (
            <Alert variant="info" title="Aktionsfarbe" headingLevel={2}>
              {done.result.notes.map(({ de }) => (
                <p key={de} style={{ overflowWrap: 'anywhere' }}>
                  {de}
                </p>
              ))}
            </Alert>
          ) : null}
          {problems.length > 0 ? (
            <Alert variant="danger" title="So würde der Build abbrechen" headingLevel={2}>
              <ul>
                {problems.map((p) => (
                  <li key={p} style={{ overflowWrap: 'anywhere' }}>
                    {p}
                  </li>
                ))}
              </ul>
            </Alert>
          ) : null}

          <Downloads
            input={done.input}
            files={done.result.files}
            buildable={problems.length === 0}
          />

          <Section title="Palette">
            <Palette name="Markenfarbe (primary)" steps={done.result.palettes.primary ?? {}} />
            <Palette name="Grautöne (neutral)" steps={done.result.palettes.neutral ?? {}} />
          </Section>

          <Section title="Vorschau">
            <div
              style={{
                display: 'grid',
                gap: 'var(--sk-metric-space-medium)',
                gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))',
              }}
            >
              {SCHEMES.map((scheme) => (
                <Preview key={scheme} id={done.input.id} scheme={scheme} name={done.input.name} />
              ))}
            </div>
          </Section>

          <Section title="Kontrastprüfung">
            <p>
              Dieselbe Prüfung wie im Build (<code>packages/tokens/engine/contrast-gate.mjs</code>):
              jedes Paar aus Vorder- und Hintergrund, das die Komponenten verwenden, in Hell und
              Dunkel. Öffnen Sie eine Tabelle, um jedes Paar mit Kontrast und Mindestwert zu sehen.
            </p>
            {SCHEMES.map((scheme) => {
              const results = done.result.results[scheme] ?? [];
              return (
                // Native <details>: keyboard and screen readers get a disclosure without any script.
                <details
                  key={scheme}
                  open={open[scheme]}
                  onToggle={(event) => {
                    const isOpen = event.currentTarget.open;
                    setOpen((old) => (old[scheme] === isOpen ? old : { ...old, [scheme]: isOpen }));
                  }}
                >
                  <summary>{pairSummary(scheme, results)}</summary>
                  <PairTable scheme={scheme} results={results} />
                </details>
              );
            })}
          </Section>
        </>
      ) : run.state === 'error' ? (
        <Alert variant="danger" title="Kein Theme möglich" headingLevel={2}>
          {run.message}
        </Alert>
      ) : null}
    </div>
  );
}
