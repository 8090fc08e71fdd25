import { useEffect, useId, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import {
  Alert,
  Badge,
  Button,
  ButtonGroup,
  ErrorSummary,
  FormField,
  Header,
  Heading,
  Radio,
  RadioGroup,
  Select,
  Table,
  TableCell,
  TableHeaderCell,
  TextInput,
} from '@stadtkern/react';
import themes from '@stadtkern/tokens/themes.json';
import './theme-workshop.css';
// The engine is the build's own code (@stadtkern/tokens/engine): palettes, the action-step choice of the
// theme command, Style Dictionary's resolution and the contrast gate, run in the browser.
import { PREVIEW_ATTRIBUTE, THEME_ID_RE, shortStep, workshopTheme } from '@stadtkern/tokens/engine';

type Workshop = Awaited<ReturnType<typeof workshopTheme>>;
type PairResult = NonNullable<Workshop['results']['light']>[number];
type Scheme = 'light' | 'dark';

/** The fonts the token build self-hosts today: the families of the existing theme folders. */
const themeFiles = import.meta.glob<{ font?: { family?: string } }>(
  '../../../../packages/tokens/themes/*/theme.json',
  { eager: true, import: 'default' },
);
export const SELF_HOSTED_FONTS = [
  ...new Set(Object.values(themeFiles).flatMap((t) => (t.font?.family ? [t.font.family] : []))),
].sort((a, b) => a.localeCompare(b, 'de'));

const EXISTING_IDS = themes.map((t) => t.id);
const RADII = ['0px', '2px', '4px', '8px'];
const HEX_RE = /^#[0-9a-f]{6}$/i;
const SCHEME_LABEL: Record<Scheme, string> = { light: 'Hell', dark: 'Dunkel' };

/** A theme id from a city name: lower-case kebab-case, umlauts written out (München → muenchen). */
export function themeIdFrom(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const ratio = (n: number) => `${n.toFixed(2).replace('.', ',')} : 1`;
const minimum = (n: number) => `${String(n).replace('.', ',')} : 1`;
/** Shell quoting for the command line shown to copy. */
const quote = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

interface Input {
  name: string;
  id: string;
  primary: string;
  neutral: string;
  font: string;
  radius: string;
  action: 'brand' | 'nearest';
}

interface FieldErrors {
  name?: string;
  id?: string;
  primary?: string;
  neutral?: string;
}

function fieldErrors(input: Input): FieldErrors {
  const errors: FieldErrors = {};
  if (input.name.trim() === '') errors.name = 'Geben Sie den Namen der Stadt oder des Landes ein.';
  if (!THEME_ID_RE.test(input.id))
    errors.id =
      'Die Theme-ID besteht aus Kleinbuchstaben, Ziffern und Bindestrichen, zum Beispiel „bad-homburg“.';
  else if (EXISTING_IDS.includes(input.id))
    errors.id = `Das Theme „${input.id}“ gibt es schon. Wählen Sie eine andere ID.`;
  if (!HEX_RE.test(input.primary))
    errors.primary =
      'Geben Sie die Markenfarbe als Hex-Farbe mit 6 Stellen ein, zum Beispiel #005a9f.';
  if (input.neutral !== '' && !HEX_RE.test(input.neutral))
    errors.neutral =
      'Geben Sie den Farbton als Hex-Farbe mit 6 Stellen ein, zum Beispiel #3a4a5c, oder lassen Sie das Feld leer.';
  return errors;
}

/** The command that writes the same folder in a checkout (packages/tokens/scripts/theme.mjs). */
function themeCommand(input: Input): string {
  const parts = [
    'pnpm --filter @stadtkern/tokens theme',
    `--id ${input.id}`,
    `--name ${quote(input.name.trim())}`,
    `--primary ${quote(input.primary.toLowerCase())}`,
    ...(input.neutral ? [`--neutral ${quote(input.neutral.toLowerCase())}`] : []),
    `--font ${quote(input.font)}`,
    `--radius ${input.radius}`,
  ];
  return parts.join(' \\\n  ');
}

/** A file to download as a data: URL (a few kilobytes of JSON; nothing to revoke). */
const download = (content: string) =>
  `data:application/json;charset=utf-8,${encodeURIComponent(content)}`;

function Palette({ name, steps }: { name: string; steps: Record<string, string> }) {
  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ fontWeight: 600 }}>{name}</figcaption>
      <ul
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 'var(--sk-metric-space-x-small)',
          listStyle: 'none',
          padding: 0,
        }}
      >
        {Object.entries(steps).map(([step, hex]) => (
          <li key={step} style={{ inlineSize: '5.5rem' }}>
            <span
              aria-hidden="true"
              style={{
                display: 'block',
                blockSize: '2.5rem',
                background: hex,
                border:
                  'var(--sk-metric-border-width-default) solid var(--sk-color-layout-border-strong)',
              }}
            />
            Stufe {step}
            <br />
            <code>{hex}</code>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** Real components in the candidate theme: a form with an error, buttons, an alert, a header, a table. */
function Preview({ id, scheme, name }: { id: string; scheme: Scheme; name: string }) {
  const field = useId();
  return (
    <section
      aria-label={`Vorschau ${SCHEME_LABEL[scheme]}`}
      {...{ [PREVIEW_ATTRIBUTE]: id }}
      data-sk-color-scheme={scheme}
      style={{
        background: 'var(--sk-color-layout-background-level-1)',
        color: 'var(--sk-color-layout-text-default)',
        fontFamily: 'var(--sk-typography-font-family-default)',
        padding: 'var(--sk-metric-space-medium)',
        border: 'var(--sk-metric-border-width-default) solid var(--sk-color-layout-border-default)',
        minInlineSize: 0,
      }}
    >
      <Heading level={3}>Vorschau: {SCHEME_LABEL[scheme]}</Heading>
      <Header
        serviceName={`${name || 'Musterstadt'} – Bürgerservice`}
        serviceHref="#werkstatt"
        logoLabel={`${name || 'Musterstadt'} – Startseite`}
        logoHref="#werkstatt"
      />
      <div
        style={{
          display: 'grid',
          // minmax(0, …): the table's scroll region may be narrower than the table.
          gridTemplateColumns: 'minmax(0, 1fr)',
          gap: 'var(--sk-metric-space-medium)',
          marginBlock: '1rem',
        }}
      >
        <ErrorSummary
          focusOnMount={false}
          errors={[
            { href: `#${field}`, message: 'Geben Sie eine Postleitzahl mit 5 Ziffern ein.' },
          ]}
        />
        <FormField
          label="Postleitzahl"
          hint="Zum Beispiel 80331"
          error="Geben Sie eine Postleitzahl mit 5 Ziffern ein."
        >
          <TextInput id={field} defaultValue="8033" width={5} inputMode="numeric" />
        </FormField>
        <ButtonGroup>
          <Button>Weiter</Button>
          <Button variant="secondary">Entwurf speichern</Button>
          <Button variant="tertiary">Abbrechen</Button>
        </ButtonGroup>
        <Alert variant="info" title="Hinweis" headingLevel={3}>
          Ihr Antrag wird in 3 Werktagen bearbeitet.
        </Alert>
        <Table caption={`Gebühren (${SCHEME_LABEL[scheme]})`}>
          <thead>
            <tr>
              <TableHeaderCell scope="col">Leistung</TableHeaderCell>
              <TableHeaderCell scope="col" numeric>
                Gebühr
              </TableHeaderCell>
            </tr>
          </thead>
          <tbody>
            <tr>
              <TableCell>Bewohnerparkausweis</TableCell>
              <TableCell numeric>30,00 €</TableCell>
            </tr>
            <tr>
              <TableCell>Ersatzausweis</TableCell>
              <TableCell numeric>10,00 €</TableCell>
            </tr>
          </tbody>
        </Table>
      </div>
    </section>
  );
}

/** What to edit for a failing pair, in German: the brand step behind the token and the nearest step that passes. */
const suggestion = ({ token, origin, file, nearest }: PairResult['fixes'][number]) =>
  `${token} kommt aus ${shortStep(origin)} (${origin} in ${file}); ` +
  (nearest
    ? `die nächste Stufe, die besteht, ist ${shortStep(nearest.step)} (${nearest.value}, ${ratio(nearest.ratio)})`
    : `keine Stufe von ${shortStep(origin.slice(0, origin.lastIndexOf('.')))} besteht`);

function PairTable({ scheme, results }: { scheme: Scheme; results: PairResult[] }) {
  const failing = results.filter((r) => !r.passes).length;
  return (
    // The Table's own scroll region (named by its caption) keeps the page from scrolling sideways.
    <Table
      caption={`${SCHEME_LABEL[scheme]}: ${results.length} Paare, ${
        failing === 0 ? 'alle bestanden' : `${failing} nicht bestanden`
      }`}
      compact
    >
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
              <code>{r.fg}</code> <code>{r.fgValue}</code>
            </TableCell>
            <TableCell>
              <code>{r.bg}</code> <code>{r.bgValue}</code>
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

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section style={{ marginBlockStart: 'var(--sk-metric-space-x-large)' }}>
      <Heading level={2}>{title}</Heading>
      {children}
    </section>
  );
}

/** What the designer entered, kept across re-renders of the docs page (not stored anywhere else). */
let remembered: { input: Input; idEdited: boolean } = {
  input: {
    name: 'Musterstadt',
    id: 'musterstadt',
    primary: '#005a9f',
    neutral: '',
    font: SELF_HOSTED_FONTS[0] ?? 'Fira Sans',
    radius: '4px',
    action: 'brand',
  },
  idEdited: false,
};

/**
 * The theme workshop: a designer enters a city's brand decisions and sees the generated palette, real
 * components in light and dark, and the contrast gate's verdict on every pair – computed by the token build's
 * own code – and downloads the theme folder.
 */
export function ThemeWorkshop() {
  const [input, setInput] = useState<Input>(() => remembered.input);
  const [idEdited, setIdEdited] = useState(() => remembered.idEdited);
  // Kept when the docs page re-renders (e.g. after a switch of theme or colour scheme in the toolbar).
  useEffect(() => {
    remembered = { input, idEdited };
  }, [input, idEdited]);
  // The last finished run; while it belongs to an older input, a new run is under way.
  const [outcome, setOutcome] = useState<
    | { input: Input; state: 'done'; result: Workshop }
    | { input: Input; state: 'error'; message: string }
  >();
  const errors = useMemo(() => fieldErrors(input), [input]);
  const valid = Object.keys(errors).length === 0;

  useEffect(() => {
    if (!valid) return undefined;
    let current = true;
    // Typing a colour runs the gate once it is complete, not on every keystroke.
    const timer = setTimeout(() => {
      workshopTheme({
        id: input.id,
        name: input.name.trim(),
        primary: input.primary,
        neutral: input.neutral || undefined,
        font: input.font,
        radius: input.radius,
        keepBrandAction: input.action === 'brand',
      }).then(
        (result) => {
          if (current) setOutcome({ input, state: 'done', result });
        },
        (error: unknown) => {
          if (current)
            setOutcome({
              input,
              state: 'error',
              message: error instanceof Error ? error.message : String(error),
            });
        },
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [input, valid]);

  const set = (patch: Partial<Input>) => {
    setInput((old) => ({ ...old, ...patch }));
  };
  const running = outcome?.input !== input;
  const done = !running && outcome.state === 'done' ? outcome : undefined;
  const failed = !running && outcome.state === 'error' ? outcome : undefined;
  const problems = done ? [...done.result.problems, ...done.result.schemaProblems] : [];
  const pairs = done
    ? (['light', 'dark'] as const).reduce((n, s) => n + (done.result.results[s]?.length ?? 0), 0)
    : 0;

  let status: string;
  if (!valid) status = 'Bitte korrigieren Sie die markierten Angaben.';
  else if (running) status = 'Die Kontrastprüfung läuft …';
  else if (failed) status = `Das Theme lässt sich nicht erzeugen: ${failed.message}`;
  else if (problems.length === 0)
    status = `Alle ${pairs} Kontrastpaare bestehen. Das Theme lässt sich bauen.`;
  else status = `${problems.length} Kontrastpaare bestehen nicht. Der Build würde abbrechen.`;

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
      <form
        aria-label="Markenangaben"
        onSubmit={(event) => {
          event.preventDefault();
        }}
        style={{ display: 'grid', gap: 'var(--sk-metric-space-medium)', maxInlineSize: '40rem' }}
      >
        <FormField label="Name der Stadt oder des Landes" error={errors.name}>
          <TextInput
            value={input.name}
            autoComplete="off"
            onChange={(e) => {
              const name = e.target.value;
              set(idEdited ? { name } : { name, id: themeIdFrom(name) });
            }}
          />
        </FormField>
        <FormField
          label="Theme-ID"
          hint="Der Ordnername unter packages/tokens/themes/ – Kleinbuchstaben und Bindestriche."
          error={errors.id}
        >
          <TextInput
            value={input.id}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setIdEdited(true);
              set({ id: e.target.value });
            }}
          />
        </FormField>
        <ColourField
          label="Markenfarbe"
          hint="Hex-Farbe mit 6 Stellen, zum Beispiel #005a9f."
          value={input.primary}
          error={errors.primary}
          onChange={(primary) => {
            set({ primary });
          }}
        />
        <ColourField
          label="Farbton der Grautöne"
          hint="Freiwillig. Leer: die Grautöne bekommen einen Hauch der Markenfarbe."
          value={input.neutral}
          error={errors.neutral}
          optional
          onChange={(neutral) => {
            set({ neutral });
          }}
        />
        <FormField label="Schrift" hint="Eine der Schriften, die Stadtkern selbst ausliefert.">
          <Select
            value={input.font}
            onChange={(e) => {
              set({ font: e.target.value });
            }}
          >
            {SELF_HOSTED_FONTS.map((font) => (
              <option key={font} value={font}>
                {font}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label="Eckenradius">
          <Select
            value={input.radius}
            onChange={(e) => {
              set({ radius: e.target.value });
            }}
          >
            {RADII.map((radius) => (
              <option key={radius} value={radius}>
                {radius}
              </option>
            ))}
          </Select>
        </FormField>
        <RadioGroup legend="Aktionsfarbe (Schaltflächen und Links)" name="aktionsfarbe">
          <Radio
            label="Genau die Markenfarbe"
            hint="Zeigt, welche Paare sie nicht besteht."
            value="brand"
            checked={input.action === 'brand'}
            onChange={() => {
              set({ action: 'brand' });
            }}
          />
          <Radio
            label="Die nächste Stufe, die den Kontrast besteht"
            hint="So entscheidet auch der Theme-Befehl."
            value="nearest"
            checked={input.action === 'nearest'}
            onChange={() => {
              set({ action: 'nearest' });
            }}
          />
        </RadioGroup>
      </form>

      <p
        role="status"
        style={{ fontWeight: 600, marginBlockStart: 'var(--sk-metric-space-large)' }}
      >
        {status}
      </p>

      {done ? (
        <>
          {/* The build's CSS for the candidate, scoped to the preview containers below. */}
          <style>{done.result.css}</style>
          {done.result.messages.length > 0 ? (
            <Alert variant="info" title="Aktionsfarbe" headingLevel={2}>
              {done.result.messages[0]}
            </Alert>
          ) : null}

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
              <Preview id={done.input.id} scheme="light" name={done.input.name} />
              <Preview id={done.input.id} scheme="dark" name={done.input.name} />
            </div>
          </Section>

          <Section title="Kontrastprüfung">
            <p>
              Dieselbe Prüfung wie im Build (<code>packages/tokens/engine/contrast-gate.mjs</code>):
              jedes Paar aus Vorder- und Hintergrund, das die Komponenten verwenden, in Hell und
              Dunkel.
            </p>
            {problems.length > 0 ? (
              <Alert variant="danger" title="So würde der Build abbrechen" headingLevel={3}>
                <ul>
                  {problems.map((p) => (
                    <li key={p} style={{ overflowWrap: 'anywhere' }}>
                      {p}
                    </li>
                  ))}
                </ul>
              </Alert>
            ) : null}
            {(['light', 'dark'] as const).map((scheme) => (
              <PairTable key={scheme} scheme={scheme} results={done.result.results[scheme] ?? []} />
            ))}
          </Section>

          <Section title="Theme herunterladen und einreichen">
            {problems.length > 0 ? (
              <Alert variant="warning" title="Noch nicht einreichen" headingLevel={3}>
                Dieses Theme besteht die Kontrastprüfung nicht. Wählen Sie oben „Die nächste Stufe,
                die den Kontrast besteht“ oder eine andere Markenfarbe.
              </Alert>
            ) : null}
            <p>
              Legen Sie beide Dateien in den Ordner{' '}
              <code>packages/tokens/themes/{done.input.id}/</code>:
            </p>
            <ButtonGroup>
              {(['theme.json', 'brand.json'] as const).map((file) => (
                <a
                  key={file}
                  className="sk-button sk-button--secondary"
                  href={download(done.result.files[file])}
                  download={file}
                >
                  {file} herunterladen
                </a>
              ))}
            </ButtonGroup>
            <Heading level={3}>Oder mit einem Befehl</Heading>
            <p>Derselbe Ordner entsteht in einem Checkout mit:</p>
            <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              <code>{themeCommand(done.input)}</code>
            </pre>
            <Heading level={3}>Merge-Request</Heading>
            <ol>
              <li>
                Ordner <code>packages/tokens/themes/{done.input.id}/</code> anlegen (Dateien oder
                Befehl oben).
              </li>
              <li>
                <code>pnpm --filter @stadtkern/tokens build</code> – die Kontrastprüfung muss
                bestehen.
              </li>
              <li>
                <code>pnpm changeset</code> – „@stadtkern/tokens“, minor, „Neues Theme{' '}
                {done.input.name}“.
              </li>
              <li>
                In <code>.github/CODEOWNERS</code> und <code>.gitlab/CODEOWNERS</code> das Team der
                Stadt eintragen (der Befehl macht das selbst).
              </li>
              <li>
                Merge-Request öffnen; Storybook zeigt das Theme danach in der Werkzeugleiste
                (docs/theming.md).
              </li>
            </ol>
          </Section>
        </>
      ) : failed ? (
        <Alert variant="danger" title="Kein Theme möglich" headingLevel={2}>
          {failed.message}
        </Alert>
      ) : null}
    </div>
  );
}

/** A colour as hex text with the browser's colour picker beside it; both edit the same value. */
function ColourField({
  label,
  hint,
  value,
  error,
  optional = false,
  onChange,
}: {
  label: string;
  hint: string;
  value: string;
  error?: string;
  optional?: boolean;
  onChange: (value: string) => void;
}) {
  const picker = useId();
  return (
    <div
      style={{
        display: 'flex',
        gap: 'var(--sk-metric-space-small)',
        alignItems: 'end',
        flexWrap: 'wrap',
      }}
    >
      <FormField label={label} hint={hint} error={error} optional={optional}>
        <TextInput
          value={value}
          width={10}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            onChange(e.target.value.trim());
          }}
        />
      </FormField>
      <div className="sk-form-field">
        <label className="sk-label" htmlFor={picker}>
          {label}: Farbwähler
        </label>
        <input
          id={picker}
          type="color"
          value={HEX_RE.test(value) ? value.toLowerCase() : '#000000'}
          onChange={(e) => {
            onChange(e.target.value);
          }}
          style={{ blockSize: '2.75rem', inlineSize: '4rem' }}
        />
      </div>
    </div>
  );
}
