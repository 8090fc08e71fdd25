import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { VisuallyHidden } from './VisuallyHidden.js';

const meta = {
  title: 'Komponenten/Inhalt/VisuallyHidden',
  tags: ['stage-experimental'],
  component: VisuallyHidden,
  args: { children: 'der Anschrift' },
} satisfies Meta<typeof VisuallyHidden>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ImLink: Story = {
  name: 'Zusätzlicher Kontext für einen Link',
  render: (args) => (
    <p>
      Musterstraße 1, 80331 München{' '}
      <a href="#aendern">
        Ändern <VisuallyHidden {...args} />
      </a>
    </p>
  ),
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('link', { name: 'Ändern der Anschrift' }),
    ).toBeInTheDocument();
  },
};

export const FokussierbarerInhalt: Story = {
  name: 'Sichtbar bei Fokus',
  args: { focusable: true, children: <a href="#hilfe">Hilfe zur Bedienung</a> },
};
