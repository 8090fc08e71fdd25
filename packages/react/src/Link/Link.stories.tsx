import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Link } from './Link.js';

const meta = {
  title: 'Komponenten/Inhalt/Link',
  tags: ['stage-experimental'],
  component: Link,
  args: { href: '#antraege', children: 'Alle Anträge ansehen' },
} satisfies Meta<typeof Link>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Intern: Story = {};

export const Extern: Story = {
  args: { href: 'https://www.kern-ux.de', external: true, children: 'KERN UX-Standard' },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', {
      name: 'KERN UX-Standard (öffnet in einem neuen Tab)',
    });
    await expect(link).toHaveAttribute('target', '_blank');
  },
};

export const ImFliesstext: Story = {
  name: 'Im Fließtext',
  render: (args) => (
    <p style={{ maxInlineSize: '40rem' }}>
      Weitere Informationen finden Sie auf der Seite <Link {...args}>Wohngeld beantragen</Link>.
      Fragen beantwortet das Bürgerbüro.
    </p>
  ),
};

export const UnsichereAdresse: Story = {
  name: 'Unsichere Adresse wird entfernt',
  args: { href: 'javascript:alert(1)', children: 'Kein Link: javascript: wird entfernt' },
  parameters: {
    docs: {
      description: { story: 'Ein `javascript:`-Link erreicht das DOM nie; das `href` fehlt.' },
    },
  },
  play: async ({ canvasElement }) => {
    const anchor = canvasElement.querySelector('a');
    await expect(anchor).not.toHaveAttribute('href');
  },
};

export const Tastatur: Story = {
  name: 'Bedienung mit der Tastatur',
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link')).toHaveFocus();
  },
};

export const LangerText: Story = {
  name: 'Langer Text',
  args: {
    children:
      'Informationen zur Beantragung eines Bewohnerparkausweises für das Parklizenzgebiet Altstadt-Lehel',
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '16rem' }}>{Story()}</div>],
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: { href: 'https://example.org', external: true, locale: 'en', children: 'Example' },
};
