import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { FormField } from '../FormField/FormField.js';
import { FileUpload } from './FileUpload.js';

const MB = 1024 * 1024;

const meta = {
  title: 'Komponenten/Formular/FileUpload',
  tags: ['stage-experimental'],
  component: FileUpload,
  args: {
    name: 'nachweise',
    multiple: true,
    accept: '.pdf,.jpg,.jpeg,.png,application/pdf',
    maxSize: 5 * MB,
  },
  render: (args) => (
    <FormField label="Nachweise" hint="PDF, JPG oder PNG, höchstens 5 MB je Datei.">
      <FileUpload {...args} />
    </FormField>
  ),
} satisfies Meta<typeof FileUpload>;

export default meta;
type Story = StoryObj<typeof meta>;

const pdf = (name: string, size: number) =>
  new File([new Uint8Array(size)], name, { type: 'application/pdf' });

/** What the browser does after the file dialog: sets the files and fires `change` (whatever `accept` says). */
function choose(input: HTMLInputElement, files: File[]) {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The markup of the CSS docs and the behaviour spec (packages/web/test/browser/behaviours/file-upload.mjs). */
export const MehrereDateien: Story = {
  name: 'Mehrere Dateien',
};

export const EineDatei: Story = {
  name: 'Eine Datei',
  args: { multiple: false },
  render: (args) => (
    <FormField label="Personalausweis (Vorderseite)" hint="JPG oder PNG, höchstens 5 MB.">
      <FileUpload {...args} accept=".jpg,.jpeg,.png" />
    </FormField>
  ),
};

/** Files chosen: listed with size and a remove button each; a file too big and one of a wrong type rejected. */
export const MitDateienUndFehlern: Story = {
  name: 'Mit Dateien und Fehlern',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText<HTMLInputElement>('Nachweise');
    await waitFor(() => expect(canvas.getByText('oder hierher ziehen und ablegen')).toBeVisible());
    choose(input, [
      pdf('antrag.pdf', 1.2 * MB),
      pdf('gross.pdf', 6 * MB),
      new File(['x'], 'scan.tiff', { type: 'image/tiff' }),
      pdf('meldebescheinigung.pdf', 80 * 1024),
    ]);
    await expect(canvas.getByText('„gross.pdf“ ist größer als 5 MB.')).toBeVisible();
    await expect(
      canvas.getByText('„scan.tiff“ ist kein erlaubter Dateityp. Erlaubt: PDF, JPG, PNG.'),
    ).toBeVisible();
    await expect([...(input.files ?? [])].map((file) => file.name)).toEqual([
      'antrag.pdf',
      'meldebescheinigung.pdf',
    ]);
  },
};

/** Keyboard: Tab from the input reaches the remove buttons; Enter removes and focus moves on. */
export const Tastatur: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText<HTMLInputElement>('Nachweise');
    await waitFor(() => expect(canvas.getByText('oder hierher ziehen und ablegen')).toBeVisible());
    choose(input, [pdf('antrag.pdf', 2048), pdf('vollmacht.pdf', 4096)]);
    input.focus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'antrag.pdf entfernen' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'vollmacht.pdf entfernen' })).toHaveFocus();
    await expect([...(input.files ?? [])].map((file) => file.name)).toEqual(['vollmacht.pdf']);
  },
};

export const MitFehlermeldung: Story = {
  name: 'Mit Fehlermeldung',
  render: (args) => (
    <FormField
      label="Nachweise"
      hint="PDF, JPG oder PNG, höchstens 5 MB je Datei."
      error="Laden Sie mindestens einen Nachweis hoch."
    >
      <FileUpload {...args} />
    </FormField>
  ),
};

export const Deaktiviert: Story = { args: { disabled: true } };

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: { locale: 'en' },
  render: (args) => (
    <FormField label="Documents" hint="PDF, JPG or PNG, up to 5 MB each." locale="en">
      <FileUpload {...args} />
    </FormField>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText('or drag and drop here')).toBeVisible());
    choose(canvas.getByLabelText<HTMLInputElement>('Documents'), [pdf('form.pdf', 1.2 * MB)]);
    await expect(canvas.getByRole('button', { name: 'Remove form.pdf' })).toBeVisible();
  },
};
