import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { StoryLogo } from '../Header/story-logo.js';
import { Footer } from './Footer.js';

const meta = {
  title: 'Komponenten/Seitenaufbau/Footer',
  tags: ['stage-experimental'],
  component: Footer,
  parameters: { layout: 'fullscreen' },
  args: {
    groups: [
      {
        heading: 'Rechtliches',
        links: [
          { label: 'Impressum', href: '#impressum' },
          { label: 'Datenschutz', href: '#datenschutz' },
          { label: 'Erklärung zur Barrierefreiheit', href: '#barrierefreiheit' },
        ],
      },
      {
        heading: 'Hilfe und Kontakt',
        links: [
          { label: 'Kontakt', href: '#kontakt' },
          { label: 'Leichte Sprache', href: '#leichte-sprache' },
          { label: 'Gebärdensprache', href: '#gebaerdensprache' },
        ],
      },
    ],
    logo: <StoryLogo />,
    meta: '© 2026 Stadt Musterstadt · Texte und Bilder unter CC BY 4.0, sofern nicht anders angegeben',
  },
} satisfies Meta<typeof Footer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Impressum' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Datenschutz' })).toHaveFocus();
  },
};

export const LangeWoerter: Story = {
  name: 'Lange Wörter',
  args: {
    groups: [
      {
        heading: 'Verwaltungsleistungsinformationen',
        links: [
          { label: 'Erklärung zur Barrierefreiheit', href: '#barrierefreiheit' },
          { label: 'Barrierefreiheitsbeschwerdeverfahren', href: '#beschwerde' },
          { label: 'Datenschutzfolgenabschätzung', href: '#dsfa' },
        ],
      },
    ],
  },
};

export const NurMetazeile: Story = {
  name: 'Nur Metazeile (ohne Gruppen und Logo)',
  args: { groups: undefined, logo: undefined, meta: '© 2026 Stadt Musterstadt' },
};

export const DreiGruppen: Story = {
  name: 'Drei Gruppen, Überschriften Ebene 3',
  args: {
    headingLevel: 3,
    groups: [
      {
        heading: 'Rechtliches',
        links: [
          { label: 'Impressum', href: '#impressum' },
          { label: 'Datenschutz', href: '#datenschutz' },
        ],
      },
      {
        heading: 'Barrierefreiheit',
        links: [
          { label: 'Erklärung zur Barrierefreiheit', href: '#barrierefreiheit' },
          { label: 'Leichte Sprache', href: '#leichte-sprache' },
          { label: 'Gebärdensprache', href: '#gebaerdensprache' },
        ],
      },
      {
        heading: 'In other languages',
        links: [{ label: 'English', href: '#en', hrefLang: 'en' }],
      },
    ],
  },
};
