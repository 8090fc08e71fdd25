import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Tabs } from './Tabs.js';

const meta = {
  title: 'Komponenten/Inhalt/Tabs',
  tags: ['stage-experimental'],
  component: Tabs,
  args: {
    label: 'Bewohnerparkausweis',
    headingLevel: 2,
    items: [
      {
        id: 'info-antrag',
        label: 'Antrag',
        content: <p>Sie beantragen den Ausweis online in etwa 10 Minuten.</p>,
      },
      {
        id: 'info-unterlagen',
        label: 'Unterlagen',
        content: (
          <p>
            Halten Sie den Fahrzeugschein bereit. <a href="#muster">Muster ansehen</a>
          </p>
        ),
      },
      {
        id: 'info-kosten',
        label: 'Kosten',
        content: <p>Der Ausweis kostet 30 Euro im Jahr.</p>,
      },
    ],
  },
  argTypes: { headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] } },
} satisfies Meta<typeof Tabs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The story of the shared behaviour spec (tabs.mjs): the same tabs as the plain HTML. */
export const Standard: Story = {};

export const ZweiterTabGewaehlt: Story = {
  name: 'Zweiter Tab gewählt',
  args: { defaultSelected: 'info-unterlagen' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const tab = await waitFor(() =>
      canvas.getByRole('tab', { name: 'Unterlagen', selected: true }),
    );
    await userEvent.click(canvas.getByRole('tab', { name: 'Kosten' }));
    await expect(canvas.getByRole('tabpanel', { name: 'Kosten' })).toBeVisible();
    await expect(tab).toHaveAttribute('aria-selected', 'false');
  },
};
