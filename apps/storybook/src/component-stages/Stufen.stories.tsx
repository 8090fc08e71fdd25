import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { StageTable } from '../blocks/StageTable';

const meta = {
  title: 'Komponenten/Stufen',
  component: StageTable,
  tags: ['!autodocs'],
} satisfies Meta<typeof StageTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Jede Komponente mit ihrer Stufe – erzeugt aus dem Stufen-Tag ihrer Stories. */
export const Uebersicht: Story = {
  name: 'Übersicht',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('rowheader', { name: 'Button' });
    const row = button.closest('tr');
    if (!row) throw new Error('the Button row header is not inside a table row');
    await expect(within(row).getByText(/^(experimentell|Kandidat|stabil)$/)).toBeVisible();
    await expect(within(button).getByRole('link', { name: 'Button' })).toHaveAttribute(
      'href',
      './?path=/docs/komponenten-aktionen-button--dokumentation',
    );
  },
};
