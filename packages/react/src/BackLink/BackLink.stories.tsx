import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { BackLink } from './BackLink.js';

const meta = {
  title: 'Komponenten/Navigation/BackLink',
  tags: ['stage-experimental'],
  component: BackLink,
  args: { href: '#schritt-1' },
} satisfies Meta<typeof BackLink>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link', { name: 'Zurück' })).toHaveFocus();
  },
};

export const EigenerText: Story = {
  name: 'Eigener Text',
  args: { children: 'Zurück zur Übersicht' },
};

export const LangerText: Story = {
  name: 'Langer Text',
  args: { children: 'Zurück zur Kraftfahrzeugzulassungsbescheinigungsübersicht' },
  decorators: [(Story) => <div style={{ maxInlineSize: '16rem' }}>{Story()}</div>],
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: { locale: 'en' },
};
