import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextInput } from './TextInput.js';

const meta = {
  title: 'Komponenten/Formular/TextInput',
  tags: ['stage-experimental'],
  component: TextInput,
  args: { 'aria-label': 'Eingabe' },
  argTypes: {
    type: {
      control: 'select',
      options: ['text', 'email', 'tel', 'url', 'password', 'search', 'numeric'],
    },
    width: { control: 'select', options: [undefined, 2, 3, 4, 5, 10, 20] },
  },
} satisfies Meta<typeof TextInput>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Text: Story = {};
export const EMail: Story = {
  name: 'E-Mail',
  args: { type: 'email', 'aria-label': 'E-Mail-Adresse', autoComplete: 'email' },
};
export const Telefon: Story = {
  args: { type: 'tel', 'aria-label': 'Telefonnummer', autoComplete: 'tel' },
};
export const Ziffern: Story = {
  name: 'Ziffern (inputmode numeric)',
  args: { type: 'numeric', width: 5, 'aria-label': 'Postleitzahl' },
};
export const MitPraefixUndSuffix: Story = {
  name: 'Mit Präfix und Suffix',
  args: {
    prefix: '€',
    suffix: 'pro Monat',
    type: 'numeric',
    width: 10,
    'aria-label': 'Miete in Euro pro Monat',
  },
};
export const Fehler: Story = {
  args: { 'aria-invalid': true, defaultValue: 'abc', 'aria-label': 'Hausnummer' },
};
export const Deaktiviert: Story = { args: { disabled: true, defaultValue: 'Nicht änderbar' } };
export const Breiten: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '0.5rem' }}>
      {([2, 3, 4, 5, 10, 20] as const).map((width) => (
        <TextInput key={width} width={width} aria-label={`Breite ${String(width)}`} />
      ))}
    </div>
  ),
};
