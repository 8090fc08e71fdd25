import type { Meta, StoryObj } from '@storybook/react-vite';
import { Heading } from './Heading.js';

const meta = {
  title: 'Komponenten/Inhalt/Heading',
  tags: ['stage-experimental'],
  component: Heading,
  args: { level: 2, children: 'Wohngeld beantragen' },
  argTypes: {
    level: { control: 'inline-radio', options: [1, 2, 3, 4, 5, 6] },
    size: {
      control: 'select',
      options: [undefined, '3x-large', '2x-large', 'x-large', 'large', 'medium', 'small'],
    },
  },
} satisfies Meta<typeof Heading>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const AlleEbenen: Story = {
  name: 'Alle Ebenen',
  render: () => (
    <div>
      {([1, 2, 3, 4, 5, 6] as const).map((level) => (
        <Heading key={level} level={level}>
          Überschrift der Ebene {level}
        </Heading>
      ))}
    </div>
  ),
};

export const EbeneUnabhaengigVonGroesse: Story = {
  name: 'Ebene unabhängig von der Größe',
  args: { level: 3, size: '3x-large', children: 'Eine h3, groß dargestellt' },
};

export const LangerText: Story = {
  name: 'Langer Text',
  args: {
    children:
      'Antrag auf Erteilung einer Erlaubnis zur Sondernutzung öffentlicher Verkehrsflächen für Außengastronomie in der Fußgängerzone',
  },
};
