import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ServiceNavigation } from '../ServiceNavigation/ServiceNavigation.js';
import { Header } from './Header.js';
import { StoryLogo } from './story-logo.js';

const navigation = (
  <ServiceNavigation
    items={[
      { label: 'Übersicht', href: '#uebersicht' },
      { label: 'Meine Anträge', href: '#antraege', current: true },
      { label: 'Nachrichten', href: '#nachrichten' },
      { label: 'Hilfe', href: '#hilfe' },
    ]}
  />
);

const meta = {
  title: 'Komponenten/Seitenaufbau/Header',
  tags: ['stage-experimental'],
  component: Header,
  parameters: { layout: 'fullscreen' },
  args: {
    logo: <StoryLogo />,
    logoHref: '#stadt',
    logoLabel: 'Stadt Musterstadt – Startseite',
    serviceName: 'Wohngeld online',
    serviceHref: '#wohngeld',
    navigation,
    account: (
      <a className="sk-link" href="#anmelden">
        Anmelden
      </a>
    ),
  },
} satisfies Meta<typeof Header>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(
      canvas.getByRole('link', { name: 'Stadt Musterstadt – Startseite' }),
    ).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Wohngeld online' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Anmelden' })).toHaveFocus();
  },
};

/**
 * Auf schmalen Bildschirmen (unter 48rem) ist die Navigation ein Menü, das sich ohne JavaScript öffnet (natives
 * `<details>`); ab 48rem steht sie immer sichtbar unter der Kopfleiste.
 */
export const Menue: Story = {
  name: 'Menü auf schmalen Bildschirmen',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const menu = canvas.getByText('Menü');
    const link = canvas.getByRole('link', { name: 'Übersicht', hidden: true });
    // checkVisibility() sees what the browser renders, including <details> content shown by CSS.
    if (window.matchMedia('(min-width: 48rem)').matches) {
      await expect(menu.checkVisibility()).toBe(false);
      await expect(link.checkVisibility()).toBe(true);
      return;
    }
    await expect(link.checkVisibility()).toBe(false);
    menu.focus();
    await userEvent.keyboard('{Enter}');
    await expect(link.checkVisibility()).toBe(true);
    await userEvent.tab();
    await expect(link).toHaveFocus();
  },
};

export const MitSprachwahl: Story = {
  name: 'Mit Sprachwahl',
  args: {
    languageSwitcher: (
      <a className="sk-link" href="#en" lang="en" hrefLang="en">
        English
      </a>
    ),
  },
};

export const LangerName: Story = {
  name: 'Langer Dienstname',
  args: {
    serviceName: 'Bewohnerparkausweisverlängerung und Kraftfahrzeugzulassungsangelegenheiten',
  },
};

export const NurDienstname: Story = {
  name: 'Nur Dienstname (ohne Logo, Navigation, Anmeldung)',
  args: { logo: undefined, navigation: undefined, account: undefined },
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: {
    locale: 'en',
    serviceName: 'Housing benefit online',
    logoLabel: 'City of Musterstadt – home page',
  },
};
