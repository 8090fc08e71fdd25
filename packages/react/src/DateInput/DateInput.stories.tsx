import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { DateInput } from './DateInput.js';

const meta = {
  title: 'Komponenten/Formular/DateInput',
  tags: ['stage-experimental'],
  component: DateInput,
  args: {
    legend: 'Geburtsdatum',
    hint: 'Zum Beispiel 27 3 1985',
    name: 'geburtsdatum',
    birthday: true,
  },
} satisfies Meta<typeof DateInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};
export const MitWerten: Story = {
  name: 'Mit Werten',
  args: { defaultValue: { day: '27', month: '3', year: '1985' } },
};
export const FehlerImJahr: Story = {
  name: 'Fehler im Jahr',
  args: {
    error: 'Das Datum muss ein Jahr enthalten.',
    errorFields: ['year'],
    defaultValue: { day: '27', month: '3' },
  },
};
export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: { legend: 'Date of birth', hint: 'For example, 27 3 1985', locale: 'en' },
};
export const Tastatur: Story = {
  name: 'Bedienung mit der Tastatur',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('27');
    await userEvent.tab();
    await userEvent.keyboard('3');
    await userEvent.tab();
    await userEvent.keyboard('1985');
    await expect(canvas.getByRole('textbox', { name: 'Jahr' })).toHaveValue('1985');
  },
};
