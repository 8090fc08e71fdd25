import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { DateInput } from './DateInput.js';

describeBasics('DateInput', {
  component: DateInput,
  rootClass: 'sk-fieldset',
  rootTag: 'FIELDSET',
  render: (extra) => <DateInput legend="Geburtsdatum" name="geburt" {...extra} />,
});

describe('DateInput: acceptance criteria (DateInput.mdx)', () => {
  it('Semantik: a group with a legend; each field has its own label („Tag“, „Monat“, „Jahr“) and inputmode="numeric"', () => {
    render(<DateInput legend="Geburtsdatum" name="geburt" />);
    const group = screen.getByRole('group', { name: 'Geburtsdatum' });
    const fields = ['Tag', 'Monat', 'Jahr'].map((name) =>
      within(group).getByRole('textbox', { name }),
    );
    for (const field of fields) expect(field).toHaveAttribute('inputmode', 'numeric');
    expect(fields.map((f) => f.getAttribute('name'))).toEqual([
      'geburt-day',
      'geburt-month',
      'geburt-year',
    ]);
  });

  it('Tastatur: three Tab stops in the order day, month, year; no automatic jump', async () => {
    const user = userEvent.setup();
    render(<DateInput legend="Datum" name="d" />);
    await user.tab();
    await user.keyboard('27');
    expect(screen.getByRole('textbox', { name: 'Tag' })).toHaveFocus();
    await user.tab();
    await user.keyboard('3');
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Jahr' })).toHaveFocus();
    await user.keyboard('1985');
    expect(screen.getAllByRole('textbox').map((f) => (f as HTMLInputElement).value)).toEqual([
      '27',
      '3',
      '1985',
    ]);
  });

  it('Fehler: only the affected fields are aria-invalid; the message stands below the legend', () => {
    render(
      <DateInput
        legend="Date"
        name="d"
        error="The date must include a year."
        errorFields={['year']}
        locale="en"
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Year' })).toBeInvalid();
    expect(screen.getByRole('textbox', { name: 'Day' })).not.toBeInvalid();
    expect(screen.getByRole('textbox', { name: 'Month' })).not.toBeInvalid();
    expect(screen.getByRole('group', { name: 'Date' })).toHaveAccessibleDescription(
      'Error: The date must include a year.',
    );
  });

  it('Autovervollständigung: with birthday the tokens bday-day, bday-month, bday-year', () => {
    const { rerender } = render(<DateInput legend="Geburtsdatum" name="g" birthday />);
    expect(screen.getAllByRole('textbox').map((f) => f.getAttribute('autocomplete'))).toEqual([
      'bday-day',
      'bday-month',
      'bday-year',
    ]);
    rerender(<DateInput legend="Termin" name="t" />);
    for (const field of screen.getAllByRole('textbox'))
      expect(field).not.toHaveAttribute('autocomplete');
  });

  it('Fehlerzusammenfassung: with idPrefix the fields have the ids <idPrefix>-day, -month, -year', () => {
    render(<DateInput legend="Geburtsdatum" name="geburtsdatum" idPrefix="geburtsdatum" />);
    expect(screen.getByRole('textbox', { name: 'Tag' })).toHaveAttribute('id', 'geburtsdatum-day');
    expect(screen.getByRole('textbox', { name: 'Monat' })).toHaveAttribute(
      'id',
      'geburtsdatum-month',
    );
    expect(screen.getByRole('textbox', { name: 'Jahr' })).toHaveAttribute(
      'id',
      'geburtsdatum-year',
    );
  });
});

describe('DateInput', () => {
  it('marks all three fields when an error names no field', () => {
    render(<DateInput legend="Datum" name="d" error="Geben Sie ein Datum ein." />);
    for (const field of screen.getAllByRole('textbox')) expect(field).toBeInvalid();
  });

  it('links every label to its field on the server', () => {
    const html = renderToString(<DateInput legend="Datum" name="d" />);
    const fors = [...html.matchAll(/for="([^"]+)"/g)].map((m) => m[1]);
    expect(fors).toHaveLength(3);
    for (const id of fors) expect(html).toContain(`id="${id ?? ''}"`);
  });
});
