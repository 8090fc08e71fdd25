import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { FormField } from '../FormField/FormField.js';
import { TextInput } from '../TextInput/TextInput.js';
import { ErrorSummary } from './ErrorSummary.js';

const meta = {
  title: 'Komponenten/Formular/ErrorSummary',
  tags: ['stage-experimental'],
  component: ErrorSummary,
  args: {
    errors: [
      { href: '#nachname', message: 'Geben Sie Ihren Nachnamen ein.' },
      { href: '#plz', message: 'Die Postleitzahl hat 5 Ziffern, zum Beispiel 80331.' },
    ],
  },
  render: (args) => (
    <form noValidate>
      <ErrorSummary {...args} />
      <FormField label="Nachname" error="Geben Sie Ihren Nachnamen ein.">
        <TextInput id="nachname" />
      </FormField>
      <FormField label="Postleitzahl" error="Die Postleitzahl hat 5 Ziffern, zum Beispiel 80331.">
        <TextInput id="plz" type="numeric" width={5} defaultValue="8033" />
      </FormField>
    </form>
  ),
} satisfies Meta<typeof ErrorSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The story of the shared behaviour spec (error-summary.mjs): no play function, the spec drives it. */
export const Standard: Story = {};

export const NachFehlgeschlagenemAbsenden: Story = {
  name: 'Nach fehlgeschlagenem Absenden',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByRole('alert', { name: 'Es gibt ein Problem' });
    // The summary takes focus in an effect after mount, which may run after the play function starts.
    await waitFor(() => expect(summary).toHaveFocus());
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('textbox', { name: 'Postleitzahl' })).toHaveFocus();
  },
};

export const MitBeschreibung: Story = {
  name: 'Mit Beschreibung',
  args: { description: 'Bitte korrigieren Sie die markierten Angaben.', focusOnMount: false },
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: { locale: 'en', focusOnMount: false },
};
