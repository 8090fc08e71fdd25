import type { Meta, StoryObj } from '@storybook/react-vite';
import { contrastRows, cssName, schemeOf, tokenValues } from './token-data';
import type { Scheme } from './token-data';
import { ScrollRegion } from '../blocks/ScrollRegion';

const GROUPS = [
  { prefix: '--sk-color-layout-', title: 'Layout (Text, Hintergründe, Rahmen)' },
  { prefix: '--sk-color-action-', title: 'Aktion (Buttons, Links)' },
  { prefix: '--sk-color-feedback-', title: 'Rückmeldung (Info, Erfolg, Warnung, Fehler)' },
  { prefix: '--sk-color-form-', title: 'Formular' },
  { prefix: '--sk-color-focus-', title: 'Fokus' },
];

function Swatch({ value }: { value: string }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        inlineSize: '2.5rem',
        blockSize: '1.5rem',
        backgroundColor: value,
        border: '1px solid var(--sk-color-layout-border-strong)',
        borderRadius: '4px',
        verticalAlign: 'middle',
      }}
    />
  );
}

const cell = {
  padding: '0.25rem 0.75rem 0.25rem 0',
  textAlign: 'start' as const,
  verticalAlign: 'middle',
};

function Palette({ theme, scheme }: { theme: string; scheme: Scheme }) {
  const values = tokenValues(theme, scheme);
  return (
    <>
      {GROUPS.map((group) => (
        <section key={group.prefix}>
          <h3>{group.title}</h3>
          <ScrollRegion label={group.title}>
            <table style={{ borderCollapse: 'collapse' }}>
              <thead>
                <tr>
                  <th style={cell}>Farbe</th>
                  <th style={cell}>Token (CSS Custom Property)</th>
                  <th style={cell}>Wert</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(values)
                  .filter(([name]) => name.startsWith(group.prefix))
                  .map(([name, value]) => (
                    <tr key={name}>
                      <td style={cell}>
                        <Swatch value={value} />
                      </td>
                      <td style={cell}>
                        <code>{name}</code>
                      </td>
                      <td style={cell}>
                        <code>{value}</code>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      ))}
    </>
  );
}

function ContrastTable({ theme, scheme }: { theme: string; scheme: Scheme }) {
  const rows = contrastRows(theme, scheme);
  return (
    <ScrollRegion label={`Geprüfte Farbpaare, ${scheme === 'dark' ? 'dunkel' : 'hell'}`}>
      <table style={{ borderCollapse: 'collapse' }}>
        <caption style={{ textAlign: 'start', paddingBlockEnd: '0.5rem' }}>
          Geprüfte Farbpaare im Theme „{theme}“, {scheme === 'dark' ? 'dunkel' : 'hell'} (
          {rows.length} Paare)
        </caption>
        <thead>
          <tr>
            <th style={cell}>Beispiel</th>
            <th style={cell}>Vordergrund</th>
            <th style={cell}>Hintergrund</th>
            <th style={cell}>Kontrast</th>
            <th style={cell}>Mindestens</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.foreground}|${row.background}`}>
              <td style={cell}>
                <span
                  aria-hidden="true"
                  style={{
                    display: 'inline-flex',
                    alignItems: 'center',
                    justifyContent: 'center',
                    inlineSize: '3rem',
                    blockSize: '1.75rem',
                    backgroundColor: row.backgroundValue,
                    border: '1px solid var(--sk-color-layout-border-strong)',
                  }}
                >
                  <span
                    style={{
                      inlineSize: '1.75rem',
                      blockSize: '0.5rem',
                      backgroundColor: row.foregroundValue,
                    }}
                  />
                </span>
              </td>
              <td style={cell}>
                <code>{cssName(row.foreground)}</code>
              </td>
              <td style={cell}>
                <code>{cssName(row.background)}</code>
              </td>
              <td style={cell}>{row.ratio.toFixed(2).replace('.', ',')} : 1</td>
              <td style={cell}>{String(row.required).replace('.', ',')} : 1</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

const meta = {
  title: 'Grundlagen/Farben',
  parameters: { layout: 'padded' },
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Alle semantischen Farb-Tokens des gewählten Themes und Farbschemas. */
export const Palette_: Story = {
  name: 'Palette',
  render: (_, { globals }) => (
    <div>
      <h2>Farben im Theme „{String(globals.theme)}“</h2>
      <p>
        Komponenten verwenden nur diese semantischen Tokens, nie die Markenfarben einer Stadt
        direkt. Wechseln Sie Theme und Farbschema in der Werkzeugleiste.
      </p>
      <Palette theme={String(globals.theme)} scheme={schemeOf(globals.colorScheme)} />
    </div>
  ),
};

/** Die Kontrastprüfung des Builds: jedes Paar mit berechnetem Verhältnis (WCAG 2.x). */
export const Kontraste: Story = {
  render: (_, { globals }) => (
    <div>
      <h2>Kontrastverhältnisse</h2>
      <p>
        Der Build prüft jedes Paar in jedem Theme und Farbschema. Text braucht mindestens 4,5 : 1,
        Rahmen, Icons und Fokusring mindestens 3 : 1. Ein Paar darunter lässt den Build scheitern.
        (Die Farbmuster sind dekorativ; das Verhältnis steht in der Tabelle.)
      </p>
      <ContrastTable theme={String(globals.theme)} scheme={schemeOf(globals.colorScheme)} />
    </div>
  ),
};
