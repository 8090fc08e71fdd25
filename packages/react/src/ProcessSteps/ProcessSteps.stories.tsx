import type { Meta, StoryObj } from '@storybook/react-vite';
import { ProcessSteps } from './ProcessSteps.js';

const meta = {
  title: 'Komponenten/Prozess/ProcessSteps',
  tags: ['stage-experimental'],
  component: ProcessSteps,
  args: {
    steps: ['Persönliche Angaben', 'Neue Anschrift', 'Nachweise', 'Prüfen und senden'],
    current: 1,
  },
  argTypes: { current: { control: { type: 'number', min: 0, max: 4 } } },
} satisfies Meta<typeof ProcessSteps>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const ErsterSchritt: Story = { name: 'Erster Schritt', args: { current: 0 } };

export const AllesErledigt: Story = { name: 'Alles erledigt', args: { current: 4 } };

export const LangerText: Story = {
  name: 'Langer Text',
  args: {
    steps: [
      'Angaben zur antragstellenden Person',
      'Grundstücksverkehrsgenehmigungszuständigkeit',
      'Nachweise und Vollmachten',
      'Prüfen und verbindlich absenden',
    ],
    current: 2,
  },
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: { locale: 'en', steps: ['Your details', 'New address', 'Documents', 'Check and send'] },
};
