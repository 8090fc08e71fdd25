import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { Grid, GridItem } from './Grid.js';

const cell: CSSProperties = {
  padding: 'var(--sk-metric-space-small)',
  border: 'var(--sk-metric-border-width-default) solid var(--sk-color-layout-border-strong)',
  background: 'var(--sk-color-layout-background-level-2)',
};

const meta = {
  title: 'Komponenten/Seitenaufbau/Grid',
  tags: ['stage-experimental'],
  component: Grid,
  subcomponents: { GridItem },
  args: {
    children: (
      <>
        <GridItem span={8} style={cell}>
          Hauptinhalt (8 von 12 Spalten)
        </GridItem>
        <GridItem span={4} style={cell}>
          Randspalte (4)
        </GridItem>
        <GridItem span={6} style={cell}>
          Hälfte (6)
        </GridItem>
        <GridItem span={6} style={cell}>
          Hälfte (6)
        </GridItem>
        <GridItem style={cell}>Ganze Zeile (ohne span)</GridItem>
      </>
    ),
  },
} satisfies Meta<typeof Grid>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Standard: Story = {};

export const DreiSpalten: Story = {
  name: 'Drei Spalten',
  args: {
    children: (
      <>
        {['Bürgerbüro', 'Kraftfahrzeugzulassungsstelle', 'Standesamt'].map((name) => (
          <GridItem key={name} span={4} style={cell}>
            {name}
          </GridItem>
        ))}
      </>
    ),
  },
};
