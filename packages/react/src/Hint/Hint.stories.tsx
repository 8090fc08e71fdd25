import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextInput } from '../TextInput/TextInput.js';
import { Hint } from './Hint.js';

const meta = {
  title: 'Komponenten/Formular/Hint',
  tags: ['stage-experimental'],
  component: Hint,
  args: {
    id: 'hinweis',
    children: 'Die Steuer-Identifikationsnummer steht auf Ihrem Einkommensteuerbescheid.',
  },
  render: (args) => (
    <div style={{ display: 'grid', gap: '0.25rem' }}>
      <label className="sk-label" htmlFor="steuer-id">
        Steuer-Identifikationsnummer
      </label>
      <Hint {...args} />
      <TextInput id="steuer-id" aria-describedby="hinweis" />
    </div>
  ),
} satisfies Meta<typeof Hint>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};
