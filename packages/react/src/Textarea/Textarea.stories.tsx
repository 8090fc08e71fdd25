import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Textarea } from './Textarea.js';

const meta = {
  title: 'Komponenten/Formular/Textarea',
  tags: ['stage-experimental'],
  component: Textarea,
  args: { 'aria-label': 'Ihr Anliegen' },
} satisfies Meta<typeof Textarea>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const MitZeichenzaehler: Story = {
  name: 'Mit Zeichenzähler',
  args: { maxCharacters: 20 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox'), 'Guten Tag');
    await expect(canvas.getByText('Noch 11 Zeichen')).toBeVisible();
  },
};

/**
 * The story of the shared behaviour spec (character-count.mjs): the same field without a play function,
 * so nothing types into it while the spec does.
 */
export const Zeichenzaehler: Story = {
  name: 'Zeichenzähler (leer)',
  args: { maxCharacters: 20 },
};

export const UeberDerGrenze: Story = {
  name: 'Über der Grenze',
  args: { maxCharacters: 10, defaultValue: 'Dieser Text ist zu lang für das Feld.' },
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: { maxCharacters: 200, locale: 'en' },
};
export const Fehler: Story = { args: { 'aria-invalid': true } };
