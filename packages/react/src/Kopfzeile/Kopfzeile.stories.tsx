import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Kopfzeile } from './Kopfzeile.js';

const meta = {
  title: 'Komponenten/Seitenaufbau/Kopfzeile',
  tags: ['stage-experimental'],
  component: Kopfzeile,
  parameters: { layout: 'fullscreen' },
  args: {
    children: 'Ein Angebot der Landeshauptstadt München',
    explanation: (
      <p>
        Offizielle Online-Dienste der Landeshauptstadt München erreichen Sie nur unter Adressen, die
        auf „muenchen.de“ enden. Die Verbindung ist verschlüsselt; das Schloss in der Adresszeile
        zeigt es an.
      </p>
    ),
  },
} satisfies Meta<typeof Kopfzeile>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const Tastatur: Story = {
  name: 'Bedienung mit der Tastatur',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByText('Woran Sie das erkennen');
    await userEvent.tab();
    await expect(summary).toHaveFocus();
    // A native <summary> toggles on Enter and Space by itself; synthetic key events carry no default
    // action, so the toggle is driven by the click the browser would fire for those keys.
    await userEvent.click(summary);
    await expect(canvas.getByText(/Offizielle Online-Dienste/)).toBeVisible();
    await expect(summary.closest('details')).toHaveAttribute('open');
    await userEvent.click(summary);
    await expect(canvas.getByText(/Offizielle Online-Dienste/)).not.toBeVisible();
  },
};

export const OhneErklaerung: Story = {
  name: 'Ohne Erklärung',
  args: { explanation: undefined, children: 'Ein Angebot der Landeshauptstadt Kiel' },
};

export const LangerText: Story = {
  name: 'Langer Text',
  args: {
    children:
      'Ein gemeinsames Angebot der Landeshauptstadt München und des Kreisverwaltungsreferats, Hauptabteilung Bürgerangelegenheiten',
    summary: 'Woran Sie offizielle Internetangebote der Landeshauptstadt erkennen',
  },
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: {
    locale: 'en',
    children: 'A service of the City of Munich',
    explanation: (
      <p>Official services of the City of Munich only use addresses ending in “muenchen.de”.</p>
    ),
  },
};
