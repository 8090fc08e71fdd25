import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Accordion } from './Accordion.js';

const meta = {
  title: 'Komponenten/Inhalt/Accordion',
  tags: ['stage-experimental'],
  component: Accordion,
  args: {
    headingLevel: 3,
    items: [
      {
        id: 'unterlagen',
        title: 'Welche Unterlagen brauche ich?',
        content: (
          <p>Ihren Personalausweis und den Fahrzeugschein (Zulassungsbescheinigung Teil I).</p>
        ),
      },
      {
        id: 'kosten',
        title: 'Was kostet der Bewohnerparkausweis?',
        content: <p>30 Euro für ein Jahr. Sie zahlen per Lastschrift.</p>,
      },
      {
        id: 'dauer',
        title: 'Wie lange dauert die Bearbeitung?',
        content: <p>In der Regel zwei Wochen. Den Ausweis schicken wir Ihnen per Post.</p>,
      },
    ],
  },
  argTypes: {
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
    locale: { control: 'select', options: ['de', 'en'] },
  },
} satisfies Meta<typeof Accordion>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The story of the shared behaviour spec (accordion.mjs): the same sections as the plain HTML. */
export const Standard: Story = {};

export const AlleGeoeffnet: Story = {
  name: 'Alle geöffnet',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const openAll = await waitFor(() => canvas.getByRole('button', { name: 'Alle öffnen' }));
    await userEvent.click(openAll);
    await expect(canvas.getByRole('button', { name: 'Alle schließen' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(
      canvas.getByText('30 Euro für ein Jahr. Sie zahlen per Lastschrift.'),
    ).toBeVisible();
  },
};

export const EinAbschnittOffen: Story = {
  name: 'Ein Abschnitt offen',
  args: {
    items: [
      {
        id: 'frist',
        title: 'Bis wann muss ich verlängern?',
        content: <p>Spätestens vier Wochen vor Ablauf.</p>,
        defaultOpen: true,
      },
      {
        id: 'umzug',
        title: 'Was tue ich bei einem Umzug?',
        content: <p>Beantragen Sie einen neuen Ausweis für Ihre neue Zone.</p>,
      },
    ],
  },
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: {
    locale: 'en',
    items: [
      {
        id: 'documents',
        title: 'Which documents do I need?',
        content: <p>Your identity card and the vehicle registration.</p>,
      },
      { id: 'cost', title: 'What does it cost?', content: <p>30 euros a year.</p> },
    ],
  },
};
