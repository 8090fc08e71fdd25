import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Grid, GridItem } from './Grid.js';

describeBasics('Grid', {
  component: Grid,
  rootClass: 'sk-grid',
  rootTag: 'DIV',
  render: (extra) => (
    <Grid {...extra}>
      <GridItem span={6}>Links</GridItem>
      <GridItem span={6}>Rechts</GridItem>
    </Grid>
  ),
});

describeBasics('GridItem', {
  component: GridItem,
  rootClass: 'sk-grid__item',
  rootTag: 'DIV',
  render: (extra) => <GridItem {...extra}>Zelle</GridItem>,
});

// Darstellung (12 columns from 48rem, one column below) is CSS: checked in the browser by the stories' tests.
describe('Grid: Akzeptanzkriterien', () => {
  it('Semantik: neutrale <div>-Elemente; die Reihenfolge im Code ist die Lesereihenfolge', () => {
    render(
      <Grid>
        <GridItem span={8}>Hauptinhalt</GridItem>
        <GridItem span={4}>Randspalte</GridItem>
      </Grid>,
    );
    const main = screen.getByText('Hauptinhalt');
    expect(main.compareDocumentPosition(screen.getByText('Randspalte'))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(main.parentElement).toHaveClass('sk-grid', { exact: true });
  });

  it('span setzt die Spaltenklasse, ohne span deckt ein Element die ganze Zeile', () => {
    render(
      <Grid>
        <GridItem span={8}>Hauptinhalt</GridItem>
        <GridItem>Fußnote</GridItem>
      </Grid>,
    );
    expect(screen.getByText('Hauptinhalt')).toHaveClass('sk-grid__item sk-grid__item--span-8', {
      exact: true,
    });
    expect(screen.getByText('Fußnote')).toHaveClass('sk-grid__item', { exact: true });
  });

  it('Fehler: ein span außerhalb von 1 bis 12 warnt in der Entwicklung', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<GridItem span={13 as 12}>Zu breit</GridItem>);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('span must be a whole number from 1 to 12, got 13'),
    );
  });
});
