import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Table, TableCell, TableHeaderCell } from './Table.js';
import type { TableSort } from './Table.js';

const ROWS = [
  { office: 'Bürgerbüro Mitte', waiting: 12, visits: 1840 },
  { office: 'Bürgerbüro Nord', waiting: 5, visits: 960 },
  { office: 'Bürgerbüro Süd-West', waiting: 21, visits: 2315 },
];

const meta = {
  title: 'Komponenten/Inhalt/Table',
  tags: ['stage-experimental'],
  component: Table,
  args: { caption: 'Wartezeiten in den Bürgerbüros' },
  render: (args) => (
    <Table {...args}>
      <thead>
        <tr>
          <TableHeaderCell>Dienststelle</TableHeaderCell>
          <TableHeaderCell numeric>Wartezeit in Minuten</TableHeaderCell>
          <TableHeaderCell numeric>Besuche im Monat</TableHeaderCell>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.office}>
            <TableHeaderCell scope="row">{row.office}</TableHeaderCell>
            <TableCell numeric>{row.waiting}</TableCell>
            <TableCell numeric>{row.visits.toLocaleString('de-DE')}</TableCell>
          </tr>
        ))}
      </tbody>
    </Table>
  ),
} satisfies Meta<typeof Table>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Der Scrollbereich ist ein Tab-Stopp mit dem Namen der Tabelle. */
export const Standard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(
      canvas.getByRole('region', { name: 'Wartezeiten in den Bürgerbüros' }),
    ).toHaveFocus();
  },
};

export const Gestreift: Story = { args: { striped: true } };

export const Kompakt: Story = { args: { compact: true, striped: true } };

/** Nur für Tabellen, die nie breiter als die Seite werden — auch nicht bei 320 px (WCAG 1.4.10). */
export const OhneScrollbereich: Story = {
  name: 'Ohne Scrollbereich (schmale Tabelle)',
  args: { scroll: false, caption: 'Wartezeiten' },
  render: (args) => (
    <Table {...args}>
      <thead>
        <tr>
          <TableHeaderCell>Bürgerbüro</TableHeaderCell>
          <TableHeaderCell numeric>Minuten</TableHeaderCell>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.office}>
            <TableHeaderCell scope="row">{row.office.replace('Bürgerbüro ', '')}</TableHeaderCell>
            <TableCell numeric>{row.waiting}</TableCell>
          </tr>
        ))}
      </tbody>
    </Table>
  ),
};

export const Breit: Story = {
  name: 'Breite Tabelle (scrollt seitlich)',
  args: { caption: 'Gebühren nach Dienstleistung und Jahr' },
  render: (args) => (
    <Table {...args}>
      <thead>
        <tr>
          <TableHeaderCell>Dienstleistung</TableHeaderCell>
          {[2021, 2022, 2023, 2024, 2025, 2026].map((year) => (
            <TableHeaderCell key={year} numeric>
              {`Gebühr ${String(year)} in Euro`}
            </TableHeaderCell>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <TableHeaderCell scope="row">Grundstücksverkehrsgenehmigung</TableHeaderCell>
          {['120,00', '120,00', '125,00', '130,00', '135,00', '140,00'].map((fee, i) => (
            <TableCell key={i} numeric>
              {fee}
            </TableCell>
          ))}
        </tr>
        <tr>
          <TableHeaderCell scope="row">Bewohnerparkausweis</TableHeaderCell>
          {['30,00', '30,00', '30,00', '30,00', '50,00', '50,00'].map((fee, i) => (
            <TableCell key={i} numeric>
              {fee}
            </TableCell>
          ))}
        </tr>
      </tbody>
    </Table>
  ),
};

function SortableTable() {
  const [sort, setSort] = useState<{ key: 'office' | 'waiting'; order: TableSort }>({
    key: 'waiting',
    order: 'ascending',
  });
  const rows = [...ROWS].sort((a, b) => {
    const result =
      sort.key === 'office' ? a.office.localeCompare(b.office, 'de') : a.waiting - b.waiting;
    return sort.order === 'descending' ? -result : result;
  });
  const next = (key: 'office' | 'waiting') => () => {
    setSort((current) => ({
      key,
      order: current.key === key && current.order === 'ascending' ? 'descending' : 'ascending',
    }));
  };
  const label = { office: 'Dienststelle', waiting: 'Wartezeit' }[sort.key];
  return (
    <Table
      caption="Wartezeiten in den Bürgerbüros"
      sortStatus={`Sortiert nach ${label}, ${sort.order === 'ascending' ? 'aufsteigend' : 'absteigend'}`}
    >
      <thead>
        <tr>
          <TableHeaderCell
            onSort={next('office')}
            sort={sort.key === 'office' ? sort.order : 'none'}
          >
            Dienststelle
          </TableHeaderCell>
          <TableHeaderCell
            numeric
            onSort={next('waiting')}
            sort={sort.key === 'waiting' ? sort.order : 'none'}
          >
            Wartezeit in Minuten
          </TableHeaderCell>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.office}>
            <TableHeaderCell scope="row">{row.office}</TableHeaderCell>
            <TableCell numeric>{row.waiting}</TableCell>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** Sortieren mit der Tastatur: Tab zur Schaltfläche im Spaltenkopf, Enter; aria-sort und die Ansage folgen. */
export const Sortierbar: Story = {
  render: () => <SortableTable />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.tab();
    const button = canvas.getByRole('button', { name: 'Dienststelle' });
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('columnheader', { name: 'Dienststelle' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Sortiert nach Dienststelle, aufsteigend',
    );
  },
};
