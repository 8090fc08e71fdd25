import type { Meta, StoryObj } from '@storybook/react-vite';
import { WarningText } from './WarningText.js';

const meta = {
  title: 'Komponenten/Rückmeldung/WarningText',
  tags: ['stage-experimental'],
  component: WarningText,
  args: {
    children:
      'Wenn Sie sich nicht innerhalb von zwei Wochen ummelden, kann ein Bußgeld fällig werden.',
  },
} satisfies Meta<typeof WarningText>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const Kurz: Story = { args: { children: 'Die Gebühr ist nicht erstattbar.' } };

export const LangerText: Story = {
  name: 'Langer Text',
  args: {
    children:
      'Ohne Grundstücksverkehrsgenehmigung ist der Kaufvertrag schwebend unwirksam; die Eintragung ins Grundbuch unterbleibt, bis die Genehmigung vorliegt.',
  },
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: { locale: 'en', children: 'You can be fined up to €1,000 if you do not register.' },
};
