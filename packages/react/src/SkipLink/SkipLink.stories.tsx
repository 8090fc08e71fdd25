import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SkipLink } from './SkipLink.js';

const meta = {
  title: 'Komponenten/Inhalt/SkipLink',
  tags: ['stage-experimental'],
  component: SkipLink,
  render: (args) => (
    <div style={{ position: 'relative', minBlockSize: '8rem' }}>
      <SkipLink {...args} />
      <nav aria-label="Hauptmenü">
        <a href="#a">Leben in der Stadt</a>
      </nav>
      <main id="main" tabIndex={-1}>
        <p>Hauptinhalt der Seite</p>
      </main>
    </div>
  ),
} satisfies Meta<typeof SkipLink>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {
  name: 'Erscheint mit Tab',
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(
      within(canvasElement).getByRole('link', { name: 'Zum Inhalt springen' }),
    ).toHaveFocus();
  },
};

export const Englisch: Story = { name: 'Englisch (locale="en")', args: { locale: 'en' } };
