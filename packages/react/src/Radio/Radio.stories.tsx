import type { Meta, StoryObj } from '@storybook/react-vite';
import { Radio } from './Radio.js';

const meta = {
  title: 'Komponenten/Formular/Radio',
  tags: ['stage-experimental'],
  component: Radio,
  args: { label: 'Per E-Mail', name: 'kontakt', value: 'email' },
  render: (args) => (
    <fieldset className="sk-fieldset">
      <legend className="sk-fieldset__legend">Wie möchten Sie kontaktiert werden?</legend>
      <div className="sk-fieldset__items">
        <Radio {...args} />
        <Radio label="Per Post" name={args.name} value="post" />
      </div>
    </fieldset>
  ),
} satisfies Meta<typeof Radio>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};
export const Ausgewaehlt: Story = { name: 'Ausgewählt', args: { defaultChecked: true } };
export const MitHinweis: Story = {
  name: 'Mit Hinweis',
  args: { hint: 'Sie erhalten eine Bestätigung an Ihre Adresse.' },
};
export const Deaktiviert: Story = { args: { disabled: true } };
