import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Checkbox } from './Checkbox.js';

const meta = {
  title: 'Komponenten/Formular/Checkbox',
  tags: ['stage-experimental'],
  component: Checkbox,
  args: { label: 'Ich habe die Datenschutzhinweise gelesen', name: 'datenschutz' },
} satisfies Meta<typeof Checkbox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};
export const Ausgewaehlt: Story = { name: 'Ausgewählt', args: { defaultChecked: true } };
export const MitHinweis: Story = {
  name: 'Mit Hinweis',
  args: { label: 'Newsletter abonnieren', hint: 'Höchstens einmal im Monat.' },
};
export const Fehler: Story = { args: { invalid: true } };
export const Deaktiviert: Story = { args: { disabled: true } };
export const LangerText: Story = {
  name: 'Langer Text',
  args: {
    label:
      'Ich versichere, dass alle Angaben vollständig und richtig sind, und weiß, dass falsche Angaben zur Rückforderung der Leistung führen können.',
  },
};
export const Tastatur: Story = {
  name: 'Bedienung mit der Tastatur',
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('checkbox');
    await userEvent.tab();
    await expect(box).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(box).toBeChecked();
  },
};
