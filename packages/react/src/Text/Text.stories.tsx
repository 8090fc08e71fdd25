import type { Meta, StoryObj } from '@storybook/react-vite';
import { Text } from './Text.js';

const meta = {
  title: 'Komponenten/Inhalt/Text',
  tags: ['stage-experimental'],
  component: Text,
  args: {
    children:
      'Sie können den Antrag online stellen. Halten Sie Ihren Personalausweis und Ihre letzte Gehaltsabrechnung bereit.',
  },
  argTypes: { variant: { control: 'inline-radio', options: ['body', 'lead', 'small', 'muted'] } },
} satisfies Meta<typeof Text>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Fliesstext: Story = { name: 'Fließtext' };
export const Einleitung: Story = { args: { variant: 'lead' } };
export const Klein: Story = { args: { variant: 'small' } };
export const Gedaempft: Story = {
  name: 'Gedämpft',
  args: { variant: 'muted', children: 'Zuletzt aktualisiert am 27.11.2026' },
};
export const AlsSpan: Story = { name: 'Als span', args: { as: 'span', children: 'Inline-Text' } };
export const LangerText: Story = {
  name: 'Langer Text',
  args: {
    children:
      'Nach § 24 Absatz 1 des Wohngeldgesetzes entscheidet die Wohngeldbehörde über den Antrag schriftlich. Die Bewilligung erfolgt in der Regel für zwölf Monate. Änderungen Ihrer Einkommensverhältnisse müssen Sie unverzüglich mitteilen. Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen zeigen den Zeilenumbruch sehr langer Wörter.',
  },
};
