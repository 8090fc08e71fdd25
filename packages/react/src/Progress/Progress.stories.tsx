import type { Meta, StoryObj } from '@storybook/react-vite';
import { Progress } from './Progress.js';

const meta = {
  title: 'Komponenten/Inhalt/Progress',
  tags: ['stage-experimental'],
  component: Progress,
  args: { label: 'Hochladen von mietvertrag.pdf', value: 40 },
} satisfies Meta<typeof Progress>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};
export const Schritte: Story = {
  args: { label: 'Schritt 2 von 5', value: 2, max: 5, valueText: 'Schritt 2 von 5' },
};
export const Unbestimmt: Story = {
  args: { label: 'Ihre Angaben werden geprüft', value: undefined },
};
export const Fertig: Story = { args: { label: 'Hochladen abgeschlossen', value: 100 } };
