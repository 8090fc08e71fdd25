import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../Button/Button.js';
import { FormField } from '../FormField/FormField.js';
import { PasswordInput } from './PasswordInput.js';

const meta = {
  title: 'Komponenten/Formular/PasswordInput',
  tags: ['stage-experimental'],
  component: PasswordInput,
  args: { name: 'passwort' },
  argTypes: {
    autoComplete: { control: 'select', options: ['current-password', 'new-password'] },
    width: { control: 'select', options: [undefined, 10, 20] },
    locale: { control: 'select', options: ['de', 'en'] },
  },
  render: (args) => (
    <FormField label="Passwort">
      <PasswordInput {...args} />
    </FormField>
  ),
} satisfies Meta<typeof PasswordInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The story of the shared behaviour spec (password-input.mjs): the same form as the plain HTML. */
export const Anmelden: Story = {
  render: (args) => (
    <form
      method="post"
      action="/anmelden"
      onSubmit={(event) => {
        // The docs must not navigate away.
        event.preventDefault();
      }}
    >
      <FormField label="Passwort">
        <PasswordInput id="passwort" {...args} />
      </FormField>
      <Button type="submit">Anmelden</Button>
    </form>
  ),
};

export const Angezeigt: Story = {
  name: 'Passwort angezeigt',
  args: { defaultValue: 'Sonnenblume-42' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const field = canvas.getByLabelText('Passwort', { selector: 'input' });
    await userEvent.click(field);
    await userEvent.tab();
    const toggle = await canvas.findByRole('button', { name: 'Passwort anzeigen' });
    await expect(toggle).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(field).toHaveAttribute('type', 'text');
    await expect(toggle).toHaveAccessibleName('Passwort verbergen');
    await expect(toggle).toHaveFocus();
    await expect(canvas.getByText('Ihr Passwort ist sichtbar.')).toBeInTheDocument();
  },
};

export const NeuesPasswort: Story = {
  name: 'Neues Passwort',
  args: { autoComplete: 'new-password', width: 20 },
  render: (args) => (
    <FormField
      label="Neues Passwort"
      hint="Mindestens 12 Zeichen. Nutzen Sie einen Satz, den Sie sich merken können."
    >
      <PasswordInput {...args} />
    </FormField>
  ),
};

export const MitFehler: Story = {
  name: 'Mit Fehler',
  args: { defaultValue: 'kurz' },
  render: (args) => (
    <FormField
      label="Passwort"
      error="Das Passwort ist nicht richtig. Prüfen Sie Groß- und Kleinschreibung."
    >
      <PasswordInput {...args} />
    </FormField>
  ),
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: { locale: 'en', name: 'password' },
  render: (args) => (
    <FormField label="Password" locale="en">
      <PasswordInput {...args} />
    </FormField>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Show password' }));
    await expect(canvas.getByRole('button', { name: 'Hide password' })).toHaveTextContent('Hide');
    await expect(canvas.getByText('Your password is visible.')).toBeInTheDocument();
  },
};
