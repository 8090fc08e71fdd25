import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { PhaseBanner } from './PhaseBanner.js';

const meta = {
  title: 'Komponenten/Seitenaufbau/PhaseBanner',
  tags: ['stage-experimental'],
  component: PhaseBanner,
  parameters: { layout: 'fullscreen' },
  args: { feedbackHref: '#rueckmeldung' },
} satisfies Meta<typeof PhaseBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Beta: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(
      within(canvasElement).getByRole('link', { name: 'Ihre Rückmeldung' }),
    ).toHaveFocus();
  },
};

export const Alpha: Story = { args: { phase: 'alpha' } };

export const EigenerText: Story = {
  name: 'Eigener Text',
  args: {
    children: (
      <>
        Die Anwohnerparkausweisverlängerung ist neu online.{' '}
        <a className="sk-link" href="#umfrage">
          Sagen Sie uns in zwei Minuten, was wir verbessern können
        </a>
        .
      </>
    ),
  },
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: { locale: 'en' },
};
