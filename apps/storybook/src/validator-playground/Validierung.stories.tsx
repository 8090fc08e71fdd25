import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ValidatorPlayground } from './ValidatorPlayground';

const meta = {
  title: 'Hilfsfunktionen/Validierung',
  component: ValidatorPlayground,
  tags: ['!autodocs'],
} satisfies Meta<typeof ValidatorPlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Probieren Sie die Prüfungen aus `@stadtkern/utils` aus: Ergebnis, Fehlercode und beide Meldungen. */
export const Spielwiese: Story = {};

export const UngueltigeIban: Story = {
  name: 'Ungültige IBAN',
  args: { initialValidator: 'iban', initialValue: 'DE89 3704 0044 0532 0130 01' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('invalid-checksum')).toBeVisible();
    const input = canvas.getByLabelText('Eingabe');
    await userEvent.clear(input);
    await userEvent.type(input, 'DE89370400440532013000');
    await expect(canvas.getByText('DE89 3704 0044 0532 0130 00')).toBeVisible();
  },
};

export const Datum: Story = {
  args: { initialValidator: 'date', initialValue: '31.04.2024' },
};
