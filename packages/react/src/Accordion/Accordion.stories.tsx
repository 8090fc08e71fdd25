import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Accordion } from './Accordion.js';
import { AccordionSection } from './AccordionSection.js';

const meta = {
  title: 'Komponenten/Inhalt/Accordion',
  tags: ['stage-experimental'],
  component: Accordion,
  subcomponents: { AccordionSection },
  args: {
    headingLevel: 3,
    children: [
      <AccordionSection key="unterlagen" id="unterlagen" title="Welche Unterlagen brauche ich?">
        <p>Ihren Personalausweis und den Fahrzeugschein (Zulassungsbescheinigung Teil I).</p>
      </AccordionSection>,
      <AccordionSection key="kosten" id="kosten" title="Was kostet der Bewohnerparkausweis?">
        <p>30 Euro für ein Jahr. Sie zahlen per Lastschrift.</p>
      </AccordionSection>,
      <AccordionSection key="dauer" id="dauer" title="Wie lange dauert die Bearbeitung?">
        <p>In der Regel zwei Wochen. Den Ausweis schicken wir Ihnen per Post.</p>
      </AccordionSection>,
    ],
  },
  argTypes: {
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
    locale: { control: 'select', options: ['de', 'en'] },
    children: { control: false },
  },
} satisfies Meta<typeof Accordion>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The story of the shared behaviour spec (accordion.mjs): the same sections as the plain HTML. */
export const Standard: Story = {};

/** „Alle öffnen“ by keyboard: every section opens, the button says „Alle schließen“ (axe in this state). */
export const AlleGeoeffnet: Story = {
  name: 'Alle geöffnet',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const openAll = await waitFor(() => canvas.getByRole('button', { name: 'Alle öffnen' }));
    openAll.focus();
    await userEvent.keyboard('{Enter}');
    const closeAll = canvas.getByRole('button', { name: 'Alle schließen' });
    await expect(closeAll).toHaveAttribute('aria-expanded', 'true');
    await expect(closeAll).toHaveFocus();
    await expect(
      canvas.getByText('30 Euro für ein Jahr. Sie zahlen per Lastschrift.'),
    ).toBeVisible();
  },
};

/** A section open from the start (`defaultOpen`); opening the other one makes it „Alle schließen“. */
export const EinAbschnittOffen: Story = {
  name: 'Ein Abschnitt offen',
  args: {
    headingLevel: 2,
    children: [
      <AccordionSection key="frist" id="frist" title="Bis wann muss ich verlängern?" defaultOpen>
        <p>Spätestens vier Wochen vor Ablauf.</p>
      </AccordionSection>,
      <AccordionSection key="umzug" id="umzug" title="Was tue ich bei einem Umzug?">
        <p>Beantragen Sie einen neuen Ausweis für Ihre neue Zone.</p>
      </AccordionSection>,
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Spätestens vier Wochen vor Ablauf.')).toBeVisible();
    const umzug = canvas.getByRole('heading', { level: 2, name: 'Was tue ich bei einem Umzug?' });
    // A click on the summary (Enter and Space in real Chromium: the shared behaviour spec).
    await userEvent.click(umzug);
    await expect(
      canvas.getByText('Beantragen Sie einen neuen Ausweis für Ihre neue Zone.'),
    ).toBeVisible();
    await waitFor(() =>
      expect(canvas.getByRole('button', { name: 'Alle schließen' })).toBeInTheDocument(),
    );
  },
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: {
    locale: 'en',
    lang: 'en',
    children: [
      <AccordionSection key="documents" id="documents" title="Which documents do I need?">
        <p>Your identity card and the vehicle registration certificate.</p>
      </AccordionSection>,
      <AccordionSection key="cost" id="cost" title="What does it cost?">
        <p>30 euros a year, paid by direct debit.</p>
      </AccordionSection>,
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await waitFor(() => canvas.getByRole('button', { name: 'Open all' })));
    await expect(canvas.getByRole('button', { name: 'Close all' })).toBeInTheDocument();
  },
};
