import type { Meta, StoryObj } from '@storybook/react-vite';
import { FormField } from '../FormField/FormField.js';
import { TextInput } from '../TextInput/TextInput.js';
import { Fieldset } from './Fieldset.js';

const meta = {
  title: 'Komponenten/Formular/Fieldset',
  tags: ['stage-experimental'],
  component: Fieldset,
  args: {
    legend: 'Ihre Anschrift',
    children: (
      <>
        <FormField label="Straße und Hausnummer">
          <TextInput autoComplete="street-address" />
        </FormField>
        <FormField label="Postleitzahl">
          <TextInput type="numeric" width={5} autoComplete="postal-code" />
        </FormField>
        <FormField label="Ort">
          <TextInput autoComplete="address-level2" />
        </FormField>
      </>
    ),
  },
} satisfies Meta<typeof Fieldset>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};
export const GrosseLegende: Story = {
  name: 'Große Legende (Seitenfrage)',
  args: { legendSize: 'x-large', hint: 'Wo sind Sie gemeldet?' },
};
export const MitFehler: Story = {
  name: 'Mit Fehler',
  args: { error: 'Geben Sie Ihre vollständige Anschrift ein.', required: true },
};
