import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Alert } from './Alert.js';

const meta = {
  title: 'Komponenten/Rückmeldung/Alert',
  tags: ['stage-experimental'],
  component: Alert,
  args: { title: 'Hinweis', children: <p>Das Bürgerbüro ist am 24. Dezember geschlossen.</p> },
  argTypes: {
    variant: { control: 'inline-radio', options: ['info', 'success', 'warning', 'danger'] },
  },
} satisfies Meta<typeof Alert>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Information: Story = {};
export const Erfolg: Story = {
  args: {
    variant: 'success',
    title: 'Antrag gesendet',
    children: <p>Ihre Vorgangsnummer ist 2026-0815.</p>,
  },
};
export const Warnung: Story = {
  args: {
    variant: 'warning',
    title: 'Sitzung läuft ab',
    children: <p>Sie werden in 5 Minuten abgemeldet.</p>,
  },
};
export const Fehler: Story = {
  args: {
    variant: 'danger',
    title: 'Senden fehlgeschlagen',
    children: <p>Bitte versuchen Sie es später erneut.</p>,
  },
};
export const OhneTitel: Story = { name: 'Ohne Titel', args: { title: undefined } };
export const LangerText: Story = {
  name: 'Langer Text',
  args: {
    variant: 'warning',
    title:
      'Wegen Wartungsarbeiten sind die Online-Dienste der Stadtverwaltung am Samstag zwischen 6 und 14 Uhr nicht erreichbar',
    children: (
      <p>
        Bereits begonnene Anträge bleiben gespeichert. Wenn Sie eine Frist einhalten müssen, wenden
        Sie sich bitte an das Bürgerbüro, das Sie telefonisch oder per E-Mail erreichen.
      </p>
    ),
  },
};

function AfterAction() {
  const [sent, setSent] = useState(false);
  return (
    <div>
      <button
        type="button"
        className="sk-button"
        onClick={() => {
          setSent(true);
        }}
      >
        Speichern
      </button>
      {sent ? (
        <Alert variant="success" title="Gespeichert" announce>
          <p>Ihre Angaben wurden gespeichert.</p>
        </Alert>
      ) : null}
    </div>
  );
}

export const NachEinerAktion: Story = {
  name: 'Nach einer Aktion (announce)',
  render: () => <AfterAction />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Speichern' }));
    await expect(canvas.getByRole('status', { name: 'Erfolg: Gespeichert' })).toBeVisible();
  },
};
