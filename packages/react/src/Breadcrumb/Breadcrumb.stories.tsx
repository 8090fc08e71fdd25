import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Breadcrumb } from './Breadcrumb.js';

const meta = {
  title: 'Komponenten/Navigation/Breadcrumb',
  tags: ['stage-experimental'],
  component: Breadcrumb,
  args: {
    items: [
      { label: 'Startseite', href: '#start' },
      { label: 'Bürgerservice', href: '#buergerservice' },
      { label: 'Wohnen', href: '#wohnen' },
      { label: 'Wohngeld beantragen' },
    ],
  },
} satisfies Meta<typeof Breadcrumb>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Startseite' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Bürgerservice' })).toHaveFocus();
    await expect(canvas.getByText('Wohngeld beantragen')).toHaveAttribute('aria-current', 'page');
  },
};

export const Schmal: Story = {
  name: 'Schmal: zurück zur übergeordneten Seite',
  decorators: [(Story) => <div style={{ maxInlineSize: '20rem' }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'Wohnen' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Startseite', hidden: true })).not.toBeVisible();
  },
};

export const LangeWoerter: Story = {
  name: 'Lange Wörter',
  args: {
    items: [
      { label: 'Startseite', href: '#start' },
      { label: 'Straßenverkehrsangelegenheiten', href: '#verkehr' },
      { label: 'Kraftfahrzeugzulassungsstelle', href: '#zulassung' },
      { label: 'Bewohnerparkausweisverlängerungsantrag' },
    ],
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '34rem' }}>{Story()}</div>],
};

export const ZweiEbenen: Story = {
  name: 'Zwei Ebenen',
  args: {
    items: [{ label: 'Startseite', href: '#start' }, { label: 'Kontakt' }],
  },
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: {
    locale: 'en',
    items: [
      { label: 'Home', href: '#start' },
      { label: 'Citizen services', href: '#services' },
      { label: 'Apply for housing benefit' },
    ],
  },
};
