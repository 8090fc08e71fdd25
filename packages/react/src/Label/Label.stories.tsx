import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextInput } from '../TextInput/TextInput.js';
import { Label } from './Label.js';

const meta = {
  title: 'Komponenten/Formular/Label',
  tags: ['stage-experimental'],
  component: Label,
  args: { htmlFor: 'feld', children: 'Nachname' },
  render: (args) => (
    <div>
      <Label {...args} />
      <TextInput id="feld" />
    </div>
  ),
} satisfies Meta<typeof Label>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};
export const Pflichtfeld: Story = { args: { required: true } };
export const Optional: Story = { args: { optional: true, children: 'Telefonnummer' } };
export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: { required: true, locale: 'en', children: 'Last name' },
};
export const LangerText: Story = {
  name: 'Langer Text',
  args: {
    children:
      'Name der Einrichtung, in der Ihr Kind zurzeit betreut wird (Kita, Tagespflege oder Hort)',
  },
};
