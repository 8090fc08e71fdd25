import type { Meta, StoryObj } from '@storybook/react-vite';
import { Panel } from './Panel.js';

const meta = {
  title: 'Komponenten/Prozess/Panel',
  tags: ['stage-experimental'],
  component: Panel,
  args: { title: 'Antrag gesendet', reference: '2026-0815' },
} satisfies Meta<typeof Panel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const MitText: Story = {
  name: 'Mit Text',
  args: { children: <p>Wir haben Ihnen eine Bestätigung per E-Mail geschickt.</p> },
};

export const OhneNummer: Story = {
  name: 'Ohne Vorgangsnummer',
  args: { title: 'Termin abgesagt', reference: undefined },
};

export const LangerText: Story = {
  name: 'Langer Text',
  args: {
    title:
      'Antrag auf Grundstücksverkehrsgenehmigung nach dem Grundstücksverkehrsgesetz eingereicht',
    reference: 'GRUNDSTUECKSVERKEHR-2026-000815-MUENCHEN-LOKALBAUKOMMISSION',
  },
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: { locale: 'en', title: 'Application complete', reference: 'HDJ2123F' },
};
