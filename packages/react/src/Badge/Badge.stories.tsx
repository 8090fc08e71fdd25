import type { Meta, StoryObj } from '@storybook/react-vite';
import { Badge } from './Badge.js';

const meta = {
  title: 'Komponenten/Inhalt/Badge',
  tags: ['stage-experimental'],
  component: Badge,
  args: { children: 'In Bearbeitung' },
  argTypes: {
    variant: {
      control: 'inline-radio',
      options: ['neutral', 'info', 'success', 'warning', 'danger', 'strong'],
    },
  },
} satisfies Meta<typeof Badge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Neutral: Story = {};

export const AlleVarianten: Story = {
  name: 'Alle Varianten',
  render: () => (
    <p style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
      <Badge>Entwurf</Badge>
      <Badge variant="info">Neu</Badge>
      <Badge variant="success">Genehmigt</Badge>
      <Badge variant="warning">Unterlagen fehlen</Badge>
      <Badge variant="danger">Abgelehnt</Badge>
      <Badge variant="strong">Nicht begonnen</Badge>
    </p>
  ),
};

export const LangerText: Story = {
  name: 'Langer Text',
  args: { variant: 'info', children: 'Wartet auf Rückmeldung der Ausländerbehörde' },
};
