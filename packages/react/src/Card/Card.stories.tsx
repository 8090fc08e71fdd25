import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Card } from './Card.js';

// A small inline SVG as a stand-in photo, so the stories need no image files.
const PICTURE = `data:image/svg+xml,${encodeURIComponent(
  "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 320 160'><rect width='320' height='160' fill='#c9d7e8'/><rect y='110' width='320' height='50' fill='#8fa98a'/><rect x='40' y='50' width='90' height='60' fill='#e9e2d0'/><rect x='190' y='30' width='80' height='80' fill='#d8c7a8'/></svg>",
)}`;

const meta = {
  title: 'Komponenten/Inhalt/Card',
  tags: ['stage-experimental'],
  component: Card,
  args: {
    heading: 'Wohnsitz anmelden',
    href: '#anmelden',
    children: <p>Melden Sie Ihren neuen Wohnsitz online an, ohne Termin im Bürgerbüro.</p>,
    meta: 'Dauer: etwa 15 Minuten',
  },
} satisfies Meta<typeof Card>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Die Karte ist ein einziger Tab-Stopp; der Link heißt wie die Überschrift. */
export const Standard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Wohnsitz anmelden' })).toHaveFocus();
  },
};

export const MitBild: Story = {
  name: 'Mit Bild',
  args: { image: { src: PICTURE, alt: 'Zeichnung einer Straße mit zwei Häusern' } },
};

export const OhneLink: Story = {
  name: 'Ohne Link',
  args: { href: undefined, meta: undefined },
};

export const NurUeberschrift: Story = {
  name: 'Nur Überschrift',
  args: { children: undefined, meta: undefined },
};

export const LangerText: Story = {
  name: 'Langer Text',
  args: {
    heading: 'Grundstücksverkehrsgenehmigung nach dem Grundstücksverkehrsgesetz beantragen',
    image: { src: PICTURE, alt: '' },
    children: (
      <p>
        Für den Verkauf land- und forstwirtschaftlicher Grundstücke brauchen Sie eine Genehmigung
        der Lokalbaukommission. Halten Sie den notariellen Kaufvertrag bereit.
      </p>
    ),
    meta: 'Zuständig: Referat für Stadtplanung und Bauordnung',
  },
};

export const Raster: Story = {
  name: 'Mehrere Karten',
  render: (args) => (
    <div
      style={{
        display: 'grid',
        gap: '1rem',
        gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 16rem), 1fr))',
      }}
    >
      <Card {...args} />
      <Card {...args} heading="Bewohnerparkausweis beantragen" href="#parken" />
      <Card {...args} heading="Hund anmelden" href="#hund" meta="Gebühr: 100 Euro im Jahr" />
    </div>
  ),
};
