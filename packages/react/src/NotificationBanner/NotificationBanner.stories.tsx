import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { NotificationBanner } from './NotificationBanner.js';

const meta = {
  title: 'Komponenten/Rückmeldung/NotificationBanner',
  tags: ['stage-experimental'],
  component: NotificationBanner,
  args: {
    heading: 'Das Bürgerbüro ist am 24. Dezember geschlossen.',
    children: (
      <p>
        Termine können Sie weiterhin online buchen.{' '}
        <a className="sk-link" href="#termine">
          Termin buchen
        </a>
      </p>
    ),
  },
  argTypes: { variant: { control: 'inline-radio', options: ['important', 'success'] } },
} satisfies Meta<typeof NotificationBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Wichtig: Story = {};

/**
 * Nach einer Weiterleitung: das Banner nimmt beim Erscheinen einmal den Fokus; Tab führt weiter in den
 * Inhalt, und das Banner selbst ist danach kein Tab-Stopp.
 */
export const ErfolgNachWeiterleitung: Story = {
  name: 'Erfolg nach Weiterleitung (focusOnMount)',
  args: {
    variant: 'success',
    focusOnMount: true,
    heading: 'Ihre Adresse wurde gespeichert.',
    children: (
      <p>
        <a className="sk-link" href="#uebersicht">
          Zur Übersicht Ihrer Anträge
        </a>
      </p>
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const banner = canvas.getByRole('alert', { name: 'Erfolg' });
    await expect(banner).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Zur Übersicht Ihrer Anträge' })).toHaveFocus();
    await expect(banner).not.toHaveAttribute('tabindex');
  },
};

export const NurText: Story = {
  name: 'Nur Text (ohne große Nachricht)',
  args: { heading: undefined, children: <p>Die Gebührenordnung ändert sich am 1. Januar.</p> },
};

export const LangerText: Story = {
  name: 'Langer Text',
  args: {
    title: 'Wichtiger Hinweis zur Grundstücksverkehrsgenehmigungszuständigkeitsübertragung',
    heading:
      'Anträge nach dem Grundstücksverkehrsgesetz bearbeitet ab 1. Januar 2027 die Lokalbaukommission im Referat für Stadtplanung und Bauordnung',
    children: <p>Bereits eingereichte Anträge werden ohne erneute Einreichung weitergeführt.</p>,
  },
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: {
    locale: 'en',
    heading: 'The citizens’ office is closed on 24 December.',
    children: <p>You can still book appointments online.</p>,
  },
};
