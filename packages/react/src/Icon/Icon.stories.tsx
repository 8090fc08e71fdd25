import type { Meta, StoryObj } from '@storybook/react-vite';
import { Icon } from './Icon.js';
import { icons } from './icons.js';
import type { IconName } from './icons.js';

const meta = {
  title: 'Komponenten/Inhalt/Icon',
  tags: ['stage-experimental'],
  component: Icon,
  args: { name: 'info' },
  argTypes: {
    name: { control: 'select', options: Object.keys(icons) },
    size: { control: 'inline-radio', options: ['small', 'medium', 'inherit'] },
  },
} satisfies Meta<typeof Icon>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Dekorativ: Story = {};

export const MitBedeutung: Story = {
  name: 'Mit Bedeutung (label)',
  args: { name: 'warning', label: 'Warnung' },
};

export const AlleIcons: Story = {
  name: 'Alle Icons',
  render: () => (
    <ul
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(10rem, 1fr))',
        gap: '1rem',
        padding: 0,
        listStyle: 'none',
      }}
    >
      {(Object.keys(icons) as IconName[]).map((name) => (
        <li key={name} style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
          <Icon name={name} />
          <code>{name}</code>
        </li>
      ))}
    </ul>
  ),
};

export const Groessen: Story = {
  name: 'Größen',
  render: () => (
    <p style={{ fontSize: '1.5rem', display: 'flex', gap: '1rem', alignItems: 'center' }}>
      <Icon name="calendar" size="small" />
      <Icon name="calendar" />
      <span>
        <Icon name="calendar" size="inherit" /> folgt der Schriftgröße
      </span>
    </p>
  ),
};
