import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ServiceNavigation } from './ServiceNavigation.js';

const meta = {
  title: 'Komponenten/Navigation/ServiceNavigation',
  tags: ['stage-experimental'],
  component: ServiceNavigation,
  args: {
    items: [
      { label: 'Übersicht', href: '#uebersicht' },
      { label: 'Meine Anträge', href: '#antraege', current: true },
      { label: 'Nachrichten', href: '#nachrichten' },
      { label: 'Hilfe', href: '#hilfe' },
    ],
  },
} satisfies Meta<typeof ServiceNavigation>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Übersicht' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Meine Anträge' })).toHaveFocus();
    await expect(canvas.getByRole('link', { name: 'Meine Anträge' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  },
};

export const Schmal: Story = {
  name: 'Schmal (untereinander)',
  decorators: [(Story) => <div style={{ maxInlineSize: '20rem' }}>{Story()}</div>],
};

export const LangeWoerter: Story = {
  name: 'Lange Wörter',
  args: {
    items: [
      { label: 'Antragsübersicht', href: '#uebersicht', current: true },
      { label: 'Kraftfahrzeugzulassungsangelegenheiten', href: '#kfz' },
      { label: 'Bewohnerparkausweise', href: '#parken' },
    ],
  },
};

export const OhneAktuelleSeite: Story = {
  name: 'Ohne aktuelle Seite',
  args: {
    items: [
      { label: 'Übersicht', href: '#uebersicht' },
      { label: 'Hilfe', href: '#hilfe' },
    ],
  },
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: {
    locale: 'en',
    items: [
      { label: 'Overview', href: '#overview', current: true },
      { label: 'My applications', href: '#applications' },
      { label: 'Help', href: '#help' },
    ],
  },
};
