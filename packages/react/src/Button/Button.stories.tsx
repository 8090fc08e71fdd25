import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Icon } from '../Icon/Icon.js';
import { Button } from './Button.js';

const meta = {
  title: 'Komponenten/Aktionen/Button',
  tags: ['stage-experimental'],
  component: Button,
  args: { children: 'Antrag senden', onClick: fn() },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'tertiary'] },
    size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
  },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Primaer: Story = { name: 'Primär' };

export const Sekundaer: Story = {
  name: 'Sekundär',
  args: { variant: 'secondary', children: 'Entwurf speichern' },
};

export const Tertiaer: Story = {
  name: 'Tertiär',
  args: { variant: 'tertiary', children: 'Abbrechen' },
};

export const Groessen: Story = {
  name: 'Größen',
  render: (args) => (
    <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}>
      <Button {...args} size="small">
        Klein
      </Button>
      <Button {...args}>Mittel</Button>
      <Button {...args} size="large">
        Groß
      </Button>
    </div>
  ),
};

export const MitIcon: Story = {
  name: 'Mit Icon',
  args: {
    children: (
      <>
        Weiter
        <Icon name="arrow-right" />
      </>
    ),
  },
};

export const NurIcon: Story = {
  name: 'Nur Icon (mit aria-label)',
  args: { children: <Icon name="arrow-right" />, 'aria-label': 'Weiter' },
};

export const Laedt: Story = {
  name: 'Lädt',
  args: { loading: true, children: 'Wird gespeichert' },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', {
      name: 'Wird gespeichert (Wird geladen)',
    });
    await userEvent.click(button);
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

export const Deaktiviert: Story = {
  args: { disabled: true, children: 'Absenden' },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Absenden' });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

export const Tastatur: Story = {
  name: 'Bedienung mit der Tastatur',
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Antrag senden' });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    await expect(args.onClick).toHaveBeenCalledTimes(2);
  },
};

export const LangerText: Story = {
  name: 'Langer Text',
  args: {
    children:
      'Antrag auf Erteilung einer Sondernutzungserlaubnis für den öffentlichen Straßenraum verbindlich absenden',
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '20rem' }}>{Story()}</div>],
};

export const VolleBreite: Story = { name: 'Volle Breite', args: { fullWidth: true } };

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  args: { locale: 'en', loading: true, children: 'Save' },
};
