import type { Meta, StoryObj } from '@storybook/react-vite';
import { DescriptionList } from './DescriptionList.js';

const meta = {
  title: 'Komponenten/Inhalt/DescriptionList',
  tags: ['stage-experimental'],
  component: DescriptionList,
  args: {
    items: [
      { term: 'Anschrift', description: 'Ruppertstraße 19, 80466 München' },
      { term: 'Telefon', description: '089 233-96000' },
      { term: 'Öffnungszeiten', description: ['Mo–Fr 7:30–12:00', 'Do 14:00–18:00'] },
    ],
  },
  argTypes: { variant: { control: 'inline-radio', options: ['stacked', 'inline'] } },
} satisfies Meta<typeof DescriptionList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Gestapelt: Story = {};

export const Nebeneinander: Story = {
  name: 'Nebeneinander (inline)',
  args: { variant: 'inline' },
};

export const LangerText: Story = {
  name: 'Langer Text',
  args: {
    variant: 'inline',
    items: [
      {
        term: 'Grundstücksverkehrsgenehmigungszuständigkeit',
        description:
          'Landeshauptstadt München, Referat für Stadtplanung und Bauordnung, Lokalbaukommission',
      },
      {
        term: 'E-Mail',
        description: 'lokalbaukommission.genehmigungsverfahren@beispielkommune-musterstadt.de',
      },
    ],
  },
};
