import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Pagination } from './Pagination.js';

const meta = {
  title: 'Komponenten/Navigation/Pagination',
  tags: ['stage-experimental'],
  component: Pagination,
  args: { page: 3, pageCount: 12, hrefFor: (page: number) => `#seite-${String(page)}` },
} satisfies Meta<typeof Pagination>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Vorherige Seite' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Seite 1' })).toHaveFocus();
    await expect(canvas.getByRole('link', { name: 'Seite 3' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  },
};

export const MitSeitentiteln: Story = {
  name: 'Mit Inhalt der Nachbarseiten',
  args: { previousPageLabel: 'Anträge 21–30', nextPageLabel: 'Anträge 41–50' },
};

export const Mitte: Story = {
  name: 'Mitte eines langen Bereichs',
  args: { page: 57, pageCount: 120 },
};

export const ErsteSeite: Story = { name: 'Erste Seite', args: { page: 1 } };

export const LetzteSeite: Story = { name: 'Letzte Seite', args: { page: 12 } };

export const Kompakt: Story = {
  name: 'Kompakt',
  args: { variant: 'compact' },
};

export const Schmal: Story = {
  name: 'Schmal (wird von selbst kompakt)',
  decorators: [(Story) => <div style={{ maxInlineSize: '18rem' }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Seite 3 von 12')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Seite 1', hidden: true })).not.toBeVisible();
  },
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: { locale: 'en', nextPageLabel: 'Applications 41–50' },
};
