import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Table, TableCell, TableHeaderCell } from './Table.js';
import type { TableProps } from './Table.js';

function Fees(props: Partial<TableProps>) {
  return (
    <Table caption="Gebühren für Bewohnerparkausweise" {...props}>
      <thead>
        <tr>
          <TableHeaderCell>Zeitraum</TableHeaderCell>
          <TableHeaderCell numeric>Gebühr in Euro</TableHeaderCell>
        </tr>
      </thead>
      <tbody>
        <tr>
          <TableCell>1 Jahr</TableCell>
          <TableCell numeric>30,00</TableCell>
        </tr>
        <tr>
          <TableCell>2 Jahre</TableCell>
          <TableCell numeric>60,00</TableCell>
        </tr>
      </tbody>
    </Table>
  );
}

describeBasics('Table', {
  component: Table,
  rootClass: 'sk-table',
  rootTag: 'TABLE',
  render: (extra) => <Fees {...extra} />,
});

describeBasics('TableHeaderCell', {
  component: TableHeaderCell,
  rootClass: 'sk-table__cell',
  rootTag: 'TH',
  render: (extra) => (
    <Table caption="Beispiel">
      <thead>
        <tr>
          <TableHeaderCell {...extra}>Spalte</TableHeaderCell>
        </tr>
      </thead>
    </Table>
  ),
});

describeBasics('TableCell', {
  component: TableCell,
  rootClass: 'sk-table__cell',
  rootTag: 'TD',
  render: (extra) => (
    <Table caption="Beispiel">
      <tbody>
        <tr>
          <TableCell {...extra}>Wert</TableCell>
        </tr>
      </tbody>
    </Table>
  ),
});

describe('Table: Akzeptanzkriterien', () => {
  it('Semantik: die Beschriftung (caption) benennt die Tabelle und ihren Scrollbereich', () => {
    render(<Fees />);
    expect(screen.getByRole('table')).toHaveAccessibleName('Gebühren für Bewohnerparkausweise');
    const region = screen.getByRole('region');
    expect(region).toHaveAccessibleName('Gebühren für Bewohnerparkausweise');
    expect(region).toHaveClass('sk-table__scroll');
    expect(within(region).getByRole('table')).toBe(screen.getByRole('table'));
  });

  it('Tastatur: der Scrollbereich ist ein Tab-Stopp, damit er mit den Pfeiltasten scrollt', async () => {
    const user = userEvent.setup();
    render(<Fees />);
    await user.tab();
    expect(screen.getByRole('region')).toHaveFocus();
  });

  it('Semantik: mit scroll={false} gibt es keinen Scrollbereich und keinen zusätzlichen Tab-Stopp', () => {
    render(<Fees scroll={false} />);
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByRole('table')).not.toHaveAttribute('tabindex');
  });

  it('Darstellung: Zahlenspalten sind am Ende ausgerichtet, mit gleich breiten Ziffern (Modifikator)', () => {
    render(<Fees />);
    expect(screen.getByRole('columnheader', { name: 'Gebühr in Euro' })).toHaveClass(
      'sk-table__cell sk-table__cell--numeric',
      { exact: true },
    );
    expect(screen.getByRole('cell', { name: '30,00' })).toHaveClass('sk-table__cell--numeric');
    expect(screen.getByRole('cell', { name: '1 Jahr' })).not.toHaveClass('sk-table__cell--numeric');
  });

  it('Darstellung: die Varianten striped und compact setzen ihre Modifikatoren', () => {
    render(<Fees striped compact />);
    expect(screen.getByRole('table')).toHaveClass('sk-table sk-table--striped sk-table--compact', {
      exact: true,
    });
  });

  it('Screenreader: sortierbare Spalten sind Schaltflächen im Spaltenkopf mit aria-sort; sortieren tut die App', async () => {
    const user = userEvent.setup();
    const onSort = vi.fn();
    render(
      <Table caption="Anträge" sortStatus="Sortiert nach Eingang, absteigend">
        <thead>
          <tr>
            <TableHeaderCell onSort={onSort}>Name</TableHeaderCell>
            <TableHeaderCell onSort={onSort} sort="descending" numeric>
              Eingang
            </TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
          </tr>
        </thead>
      </Table>,
    );
    const [name, date, status] = screen.getAllByRole('columnheader');
    expect(name).toHaveAttribute('aria-sort', 'none');
    expect(date).toHaveAttribute('aria-sort', 'descending');
    expect(status).not.toHaveAttribute('aria-sort');
    expect(within(status as HTMLElement).queryByRole('button')).toBeNull();
    const button = within(date as HTMLElement).getByRole('button');
    expect(button).toHaveAccessibleName('Eingang');
    expect(button).toHaveAttribute('type', 'button');
    await user.click(button);
    expect(onSort).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('Sortiert nach Eingang, absteigend');
  });

  it('Entwicklung: warnt, wenn die Beschriftung fehlt', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <Table caption="">
        <tbody>
          <tr>
            <td>1</td>
          </tr>
        </tbody>
      </Table>,
    );
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Table has no caption'));
  });

  it('Server: auch mit sortierbaren Spalten ohne Client-Code auf dem Server gerendert', () => {
    const html = renderToString(
      <Table caption="Anträge">
        <thead>
          <tr>
            <TableHeaderCell onSort={() => undefined} sort="ascending">
              Name
            </TableHeaderCell>
          </tr>
        </thead>
      </Table>,
    );
    expect(html).toContain('aria-sort="ascending"');
    expect(html).toContain('<button type="button" class="sk-table__sort">');
  });
});
