import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Radio } from '../Radio/Radio.js';
import { RadioGroup } from './RadioGroup.js';

const meta = {
  title: 'Komponenten/Formular/RadioGroup',
  tags: ['stage-experimental'],
  component: RadioGroup,
  args: {
    legend: 'Wie möchten Sie den Bescheid erhalten?',
    name: 'bescheid',
    children: (
      <>
        <Radio label="Per Post" value="post" />
        <Radio label="Per E-Mail" value="email" hint="Als PDF in Ihr Postfach" />
        <Radio label="Abholung im Bürgerbüro" value="abholung" />
      </>
    ),
  },
} satisfies Meta<typeof RadioGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};
export const MitFehler: Story = {
  name: 'Mit Fehler',
  args: { error: 'Wählen Sie aus, wie Sie den Bescheid erhalten möchten.' },
};
export const JaNein: Story = {
  name: 'Ja / Nein nebeneinander',
  args: {
    legend: 'Sind Sie in München gemeldet?',
    name: 'gemeldet',
    inline: true,
    children: (
      <>
        <Radio label="Ja" value="ja" />
        <Radio label="Nein" value="nein" />
      </>
    ),
  },
};
export const Pfeiltasten: Story = {
  name: 'Bedienung mit den Pfeiltasten',
  play: async ({ canvasElement }) => {
    const radios = within(canvasElement).getAllByRole('radio');
    await userEvent.tab();
    await expect(radios[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(radios[1]).toHaveFocus();
    await expect(radios[1]).toBeChecked();
    await userEvent.keyboard('{ArrowDown}');
    await expect(radios[2]).toBeChecked();
  },
};
