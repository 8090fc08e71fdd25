import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TaskList } from './TaskList.js';

const meta = {
  title: 'Komponenten/Prozess/TaskList',
  tags: ['stage-experimental'],
  component: TaskList,
  args: {
    tasks: [
      { name: 'Persönliche Angaben', href: '#person', status: 'completed' },
      {
        name: 'Neue Anschrift',
        href: '#anschrift',
        status: 'in-progress',
        hint: 'Dauert etwa 5 Minuten',
      },
      { name: 'Nachweise hochladen', href: '#nachweise', status: 'not-started' },
      { name: 'Angaben prüfen und senden', status: 'cannot-start' },
    ],
  },
} satisfies Meta<typeof TaskList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tab erreicht nur die Aufgaben, die beginnen können; der Status ist Teil der Beschreibung. */
export const Standard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Persönliche Angaben' })).toHaveFocus();
    await userEvent.tab();
    const address = canvas.getByRole('link', { name: 'Neue Anschrift' });
    await expect(address).toHaveFocus();
    await expect(address).toHaveAccessibleDescription('Dauert etwa 5 Minuten In Bearbeitung');
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Nachweise hochladen' })).toHaveFocus();
  },
};

export const AllesErledigt: Story = {
  name: 'Alles erledigt',
  args: {
    tasks: [
      { name: 'Persönliche Angaben', href: '#person', status: 'completed' },
      { name: 'Neue Anschrift', href: '#anschrift', status: 'completed' },
      { name: 'Angaben prüfen und senden', href: '#pruefen', status: 'not-started' },
    ],
  },
};

export const LangerText: Story = {
  name: 'Langer Text',
  args: {
    tasks: [
      {
        name: 'Angaben zur Grundstücksverkehrsgenehmigungszuständigkeitsübertragung',
        href: '#grundstueck',
        status: 'in-progress',
        hint: 'Halten Sie den notariellen Kaufvertrag und den Auszug aus dem Liegenschaftskataster bereit.',
      },
      {
        name: 'Unterschrift der Vertretungsberechtigten',
        status: 'cannot-start',
        hint: 'Erst möglich, wenn alle Nachweise hochgeladen sind.',
      },
    ],
  },
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: {
    locale: 'en',
    tasks: [
      { name: 'Your details', href: '#details', status: 'completed' },
      { name: 'New address', href: '#address', status: 'in-progress' },
      { name: 'Documents', href: '#documents', status: 'not-started' },
      { name: 'Check and send', status: 'cannot-start' },
    ],
  },
};
