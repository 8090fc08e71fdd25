import type { Meta, StoryObj } from '@storybook/react-vite';
import { Select } from './Select.js';

const meta = {
  title: 'Komponenten/Formular/Select',
  tags: ['stage-experimental'],
  component: Select,
  args: {
    'aria-label': 'Stadtbezirk',
    defaultValue: '',
    children: (
      <>
        <option value="">Bitte wählen</option>
        <option value="1">Altstadt-Lehel</option>
        <option value="2">Ludwigsvorstadt-Isarvorstadt</option>
        <option value="3">Maxvorstadt</option>
        <option value="4">Schwabing-West</option>
        <option value="5">Au-Haidhausen</option>
        <option value="6">Sendling</option>
        <option value="7">Sendling-Westpark</option>
      </>
    ),
  },
} satisfies Meta<typeof Select>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};
export const Fehler: Story = { args: { 'aria-invalid': true } };
export const Deaktiviert: Story = { args: { disabled: true } };
export const LangeOption: Story = {
  name: 'Lange Option',
  args: {
    children: (
      <option>
        Bezirksausschuss des 2. Stadtbezirks Ludwigsvorstadt-Isarvorstadt mit Sitzungsort im Rathaus
      </option>
    ),
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '18rem' }}>{Story()}</div>],
};
