import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { LanguageSwitcher } from './LanguageSwitcher.js';

const meta = {
  title: 'Komponenten/Navigation/LanguageSwitcher',
  tags: ['stage-experimental'],
  component: LanguageSwitcher,
  args: {
    languages: [
      { lang: 'de', label: 'Deutsch', current: true },
      { lang: 'en', label: 'English', href: '#en' },
      { lang: 'tr', label: 'Türkçe', href: '#tr' },
      { lang: 'uk', label: 'Українська', href: '#uk' },
    ],
  },
} satisfies Meta<typeof LanguageSwitcher>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'English' })).toHaveFocus();
    await expect(canvas.getByText('Deutsch')).toHaveAttribute('aria-current', 'true');
  },
};

export const RechtsNachLinks: Story = {
  name: 'Mit Arabisch (rechts nach links)',
  args: {
    languages: [
      { lang: 'de', label: 'Deutsch', current: true },
      { lang: 'en', label: 'English', href: '#en' },
      { lang: 'ar', label: 'العربية', href: '#ar' },
    ],
  },
};

export const Schmal: Story = {
  name: 'Schmal (viele Sprachen)',
  args: {
    languages: [
      { lang: 'de', label: 'Deutsch', current: true },
      { lang: 'de-x-ls', label: 'Leichte Sprache', href: '#ls' },
      { lang: 'en', label: 'English', href: '#en' },
      { lang: 'tr', label: 'Türkçe', href: '#tr' },
      { lang: 'pl', label: 'Polski', href: '#pl' },
      { lang: 'uk', label: 'Українська', href: '#uk' },
    ],
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '14rem' }}>{Story()}</div>],
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: {
    locale: 'en',
    languages: [
      { lang: 'de', label: 'Deutsch', href: '#de' },
      { lang: 'en', label: 'English', current: true },
    ],
  },
};
