import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SummaryList } from './SummaryList.js';

const meta = {
  title: 'Komponenten/Prozess/SummaryList',
  tags: ['stage-experimental'],
  component: SummaryList,
  args: {
    rows: [
      { key: 'Name', value: 'Erika Mustermann', actions: [{ href: '#name' }] },
      { key: 'Geburtsdatum', value: '12. August 1964', actions: [{ href: '#geburtsdatum' }] },
      {
        key: 'Anschrift',
        value: (
          <>
            Marienplatz 8<br />
            80331 München
          </>
        ),
        actions: [{ href: '#anschrift' }],
      },
      { key: 'Vorgangsart', value: 'Ummeldung innerhalb der Stadt' },
    ],
  },
} satisfies Meta<typeof SummaryList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tab erreicht die „Ändern“-Links der Reihe nach; ihr Name nennt die Zeile. */
export const Standard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Ändern Name' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Ändern Geburtsdatum' })).toHaveFocus();
  },
};

export const OhneAktionen: Story = {
  name: 'Ohne Aktionen',
  args: {
    rows: [
      { key: 'Vorgangsnummer', value: '2026-0815' },
      { key: 'Eingegangen am', value: '28. November 2026' },
    ],
  },
};

export const MehrereAktionen: Story = {
  name: 'Mehrere Aktionen',
  args: {
    rows: [
      {
        key: 'Nachweis',
        value: 'mietvertrag-marienplatz.pdf',
        actions: [
          { href: '#ersetzen', label: 'Ersetzen' },
          { href: '#entfernen', label: 'Entfernen' },
        ],
      },
      { key: 'Einzugsdatum', value: '1. Dezember 2026', actions: [{ href: '#einzug' }] },
    ],
  },
};

export const Karte: Story = {
  name: 'Karte (wiederholte Gruppen)',
  render: (args) => (
    <>
      <SummaryList
        {...args}
        card={{
          title: 'Kind 1: Mia Mustermann',
          actions: [{ href: '#kind-1', label: 'Entfernen' }],
        }}
      />
      <SummaryList
        rows={[
          { key: 'Name', value: 'Paul Mustermann', actions: [{ href: '#kind-2-name' }] },
          { key: 'Geburtsdatum', value: '3. März 2018', actions: [{ href: '#kind-2-geburt' }] },
        ]}
        card={{ title: 'Kind 2: Paul Mustermann' }}
      />
    </>
  ),
};

export const LangerText: Story = {
  name: 'Langer Text',
  args: {
    rows: [
      {
        key: 'Grundstücksverkehrsgenehmigungszuständigkeit',
        value:
          'Landeshauptstadt München, Referat für Stadtplanung und Bauordnung, Lokalbaukommission, Hauptabteilung IV, Abteilung Genehmigungsverfahren',
        actions: [{ href: '#zustaendigkeit' }],
      },
      {
        key: 'E-Mail-Adresse',
        value: 'erika.mustermann.mit.einer.sehr.langen.adresse@beispielkommune-musterstadt.de',
        actions: [{ href: '#email' }],
      },
    ],
  },
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: {
    locale: 'en',
    rows: [
      { key: 'Name', value: 'Erika Mustermann', actions: [{ href: '#name' }] },
      { key: 'Date of birth', value: '12 August 1964', actions: [{ href: '#dob' }] },
    ],
  },
};
