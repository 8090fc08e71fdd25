// The token swatch page of the visual regression's small fixed set per city theme (test/visual.test.mjs,
// docs/accessibility.md „Theme coverage“): on one screen what a theme can change that the token build's contrast
// gate cannot see — the font, the radii, border widths and the focus ring's shape, drawn by real components.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FormField,
  Heading,
  Link,
  Radio,
  TextInput,
} from '@stadtkern/react';

const meta = {
  title: 'Grundlagen/Theme-Muster',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const row = {
  display: 'flex',
  flexWrap: 'wrap' as const,
  gap: 'var(--sk-metric-space-medium)',
  alignItems: 'center',
  marginBlockEnd: 'var(--sk-metric-space-large)',
};

const RADII = ['small', 'default', 'large'] as const;

export const Uebersicht: Story = {
  name: 'Übersicht',
  render: () => (
    <div>
      <div style={row}>
        <Button>Antrag senden</Button>
        <Button variant="secondary">Entwurf speichern</Button>
        <Button variant="tertiary">Abbrechen</Button>
        <Button disabled>Absenden</Button>
        <Link href="#hilfe">Hilfe zum Antrag</Link>
      </div>
      <Heading level={2} size="x-large">
        Schrift und Formular
      </Heading>
      <p className="sk-text">
        Ihr Antrag auf Wohngeld ist eingegangen. Die Bearbeitung dauert etwa drei Wochen.
      </p>
      <div style={row}>
        <FormField label="Nachname" hint="So wie er in Ihrem Ausweis steht.">
          <TextInput name="nachname" autoComplete="family-name" defaultValue="Mustermann" />
        </FormField>
      </div>
      <div style={row}>
        <Checkbox
          label="Ich habe die Datenschutzhinweise gelesen"
          name="datenschutz"
          defaultChecked
        />
        <fieldset className="sk-fieldset">
          <legend className="sk-fieldset__legend">Wie möchten Sie kontaktiert werden?</legend>
          <div className="sk-fieldset__items">
            <Radio label="Per E-Mail" name="kontakt" value="email" defaultChecked />
            <Radio label="Per Post" name="kontakt" value="post" />
          </div>
        </fieldset>
      </div>
      <div style={row}>
        <Badge>Entwurf</Badge>
        <Badge variant="info">In Bearbeitung</Badge>
        <Badge variant="success">Bewilligt</Badge>
        <Badge variant="warning">Unterlagen fehlen</Badge>
        <Badge variant="danger">Abgelehnt</Badge>
        <Badge variant="strong">Neu</Badge>
      </div>
      <Alert variant="success" title="Antrag gesendet">
        <p>Ihre Vorgangsnummer ist 2026-0815.</p>
      </Alert>
      <div style={{ ...row, marginBlockStart: 'var(--sk-metric-space-large)' }}>
        {RADII.map((radius) => (
          <span
            key={radius}
            className="sk-text"
            style={{
              display: 'inline-block',
              padding: 'var(--sk-metric-space-small) var(--sk-metric-space-medium)',
              border:
                'var(--sk-metric-border-width-strong) solid var(--sk-color-layout-border-strong)',
              borderRadius: `var(--sk-metric-border-radius-${radius})`,
              background: 'var(--sk-color-layout-background-level-2)',
            }}
          >
            {`Radius ${radius}`}
          </span>
        ))}
      </div>
    </div>
  ),
  // The first control keeps the keyboard focus, so that the picture shows the theme's focus ring.
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(
      within(canvasElement).getByRole('button', { name: 'Antrag senden' }),
    ).toHaveFocus();
  },
};
