import type { Meta, StoryObj } from '@storybook/react-vite';
import { Divider } from './Divider.js';

const meta = {
  title: 'Komponenten/Inhalt/Divider',
  tags: ['stage-experimental'],
  component: Divider,
  render: (args) => (
    <div>
      <p>Abschnitt über Ihre Person</p>
      <Divider {...args} />
      <p>Abschnitt über Ihre Wohnung</p>
    </div>
  ),
} satisfies Meta<typeof Divider>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};
