import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Select } from '../Select/Select.js';
import { TextInput } from '../TextInput/TextInput.js';
import { Textarea } from '../Textarea/Textarea.js';
import { FormField } from './FormField.js';

const meta = {
  title: 'Komponenten/Formular/FormField',
  tags: ['stage-experimental'],
  component: FormField,
  args: { label: 'Nachname', children: <TextInput name="nachname" autoComplete="family-name" /> },
} satisfies Meta<typeof FormField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const MitHinweis: Story = {
  name: 'Mit Hinweis',
  args: { hint: 'So wie er in Ihrem Ausweis steht.' },
};

export const Pflichtfeld: Story = { args: { required: true } };

export const Optional: Story = {
  args: { label: 'Telefonnummer', optional: true, children: <TextInput type="tel" /> },
};

export const MitFehler: Story = {
  name: 'Mit Fehler',
  args: {
    label: 'Postleitzahl',
    hint: '5 Ziffern',
    error: 'Die Postleitzahl hat 5 Ziffern, zum Beispiel 80331.',
    required: true,
    children: <TextInput type="numeric" width={5} defaultValue="8033" />,
  },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', {
      name: 'Postleitzahl (Pflichtfeld)',
    });
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(
      '5 Ziffern Fehler: Die Postleitzahl hat 5 Ziffern, zum Beispiel 80331.',
    );
  },
};

export const MitTextarea: Story = {
  name: 'Mit Textarea',
  args: {
    label: 'Ihr Anliegen',
    hint: 'Beschreiben Sie kurz, worum es geht.',
    children: <Textarea maxCharacters={500} />,
  },
};

export const MitSelect: Story = {
  name: 'Mit Select',
  args: {
    label: 'Stadtbezirk',
    children: (
      <Select defaultValue="">
        <option value="">Bitte wählen</option>
        <option>Altstadt-Lehel</option>
        <option>Maxvorstadt</option>
      </Select>
    ),
  },
};

export const Tastatur: Story = {
  name: 'Bedienung mit der Tastatur',
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await userEvent.keyboard('Mustermann');
    await expect(within(canvasElement).getByRole('textbox', { name: 'Nachname' })).toHaveValue(
      'Mustermann',
    );
  },
};

export const LangerText: Story = {
  name: 'Langer Text',
  args: {
    label:
      'Name und Anschrift der Arbeitgeberin oder des Arbeitgebers, bei der oder dem Sie zurzeit beschäftigt sind',
    hint: 'Wenn Sie mehrere Arbeitgeber haben, nennen Sie den mit dem höchsten Einkommen. Sie können die anderen im nächsten Schritt angeben.',
    error: 'Geben Sie den Namen Ihrer Arbeitgeberin oder Ihres Arbeitgebers ein.',
  },
};
