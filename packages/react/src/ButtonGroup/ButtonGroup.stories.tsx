import type { Meta, StoryObj } from '@storybook/react-vite';
import { Button } from '../Button/Button.js';
import { ButtonGroup } from './ButtonGroup.js';

const meta = {
  title: 'Komponenten/Aktionen/ButtonGroup',
  tags: ['stage-experimental'],
  component: ButtonGroup,
  args: {
    children: (
      <>
        <Button type="submit">Antrag senden</Button>
        <Button variant="secondary">Entwurf speichern</Button>
        <a className="sk-link" href="#abbrechen">
          Abbrechen
        </a>
      </>
    ),
  },
} satisfies Meta<typeof ButtonGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};
export const Gestapelt: Story = { args: { stacked: true } };
export const BenannteGruppe: Story = {
  name: 'Benannte Gruppe',
  args: { 'aria-label': 'Formularaktionen' },
};
export const Schmal: Story = {
  name: 'Schmaler Container (Umbruch)',
  decorators: [(Story) => <div style={{ maxInlineSize: '16rem' }}>{Story()}</div>],
};
