import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Checkbox } from '../Checkbox/Checkbox.js';
import { CheckboxGroup } from './CheckboxGroup.js';

const meta = {
  title: 'Komponenten/Formular/CheckboxGroup',
  tags: ['stage-experimental'],
  component: CheckboxGroup,
  args: {
    legend: 'Welche Unterlagen können Sie vorlegen?',
    hint: 'Wählen Sie alle zutreffenden aus.',
    name: 'unterlagen',
    children: (
      <>
        <Checkbox label="Personalausweis" value="ausweis" />
        <Checkbox label="Reisepass" value="pass" />
        <Checkbox
          label="Aufenthaltstitel"
          value="titel"
          hint="Für Staatsangehörige außerhalb der EU"
        />
      </>
    ),
  },
} satisfies Meta<typeof CheckboxGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};
export const MitFehler: Story = {
  name: 'Mit Fehler',
  args: { error: 'Wählen Sie mindestens eine Unterlage aus.', required: true },
};
export const Nebeneinander: Story = {
  args: {
    legend: 'Benachrichtigung per',
    hint: undefined,
    inline: true,
    children: (
      <>
        <Checkbox label="E-Mail" value="email" />
        <Checkbox label="SMS" value="sms" />
      </>
    ),
  },
};
export const Tastatur: Story = {
  name: 'Bedienung mit der Tastatur',
  play: async ({ canvasElement }) => {
    const boxes = within(canvasElement).getAllByRole('checkbox');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([true, false, true]);
  },
};
