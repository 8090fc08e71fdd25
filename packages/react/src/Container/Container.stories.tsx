import type { Meta, StoryObj } from '@storybook/react-vite';
import { Container } from './Container.js';

const meta = {
  title: 'Komponenten/Seitenaufbau/Container',
  tags: ['stage-experimental'],
  component: Container,
  parameters: { layout: 'fullscreen' },
  args: {
    children: (
      <>
        <h2 className="sk-heading">Wohngeld beantragen</h2>
        <p className="sk-text">
          Der Container begrenzt die Zeilenlänge auf die Inhaltsbreite und hält Abstand zum Rand des
          Fensters.
        </p>
      </>
    ),
  },
} satisfies Meta<typeof Container>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const LangeWoerter: Story = {
  name: 'Lange Wörter',
  args: {
    children: (
      <p className="sk-text">
        Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung und
        Bewohnerparkausweisverlängerungsantrag brechen im Container um, ohne waagerecht zu scrollen.
      </p>
    ),
  },
};
