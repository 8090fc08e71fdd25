import type { Meta, StoryObj } from '@storybook/react-vite';
import { List } from './List.js';

const items = (
  <>
    <li>Personalausweis oder Reisepass</li>
    <li>Meldebescheinigung</li>
    <li>Nachweis über das Einkommen der letzten drei Monate</li>
  </>
);

const meta = {
  title: 'Komponenten/Inhalt/List',
  tags: ['stage-experimental'],
  component: List,
  args: { children: items },
  argTypes: { variant: { control: 'inline-radio', options: ['bullet', 'numbered', 'plain'] } },
} satisfies Meta<typeof List>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Aufzaehlung: Story = { name: 'Aufzählung' };
export const Nummeriert: Story = { args: { variant: 'numbered' } };
export const OhneZeichen: Story = { name: 'Ohne Aufzählungszeichen', args: { variant: 'plain' } };
export const EinEintrag: Story = {
  name: 'Ein Eintrag',
  args: { children: <li>Nur ein Punkt</li> },
};
