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

describe('DateInput', () => {
  it('has three labelled numeric fields in a named group', () => {
    render(
      <DateInput legend="Geburtsdatum" hint="Zum Beispiel 27 3 1985" name="geburt" birthday />,
    );
    const group = screen.getByRole('group', { name: 'Geburtsdatum' });
    const day = within(group).getByRole('textbox', { name: 'Tag' });
    const month = within(group).getByRole('textbox', { name: 'Monat' });
    const year = within(group).getByRole('textbox', { name: 'Jahr' });
    expect([day, month, year].map((f) => f.getAttribute('name'))).toEqual([
      'geburt-day',
      'geburt-month',
      'geburt-year',
    ]);
    expect([day, month, year].map((f) => f.getAttribute('autocomplete'))).toEqual([
      'bday-day',
      'bday-month',
      'bday-year',
    ]);
    for (const f of [day, month, year]) expect(f.getAttribute('inputmode')).toBe('numeric');
  });

  it('marks only the fields the error is about', () => {
    render(
      <DateInput
        legend="Datum"
        name="d"
        error="Das Datum muss ein Jahr enthalten."
        errorFields={['year']}
        locale="en"
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Year' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('textbox', { name: 'Day' }).hasAttribute('aria-invalid')).toBe(false);
  });

  it('is filled in with the keyboard, field by field', async () => {
    const user = userEvent.setup();
    render(<DateInput legend="Datum" name="d" />);
    await user.tab();
    await user.keyboard('27');
    await user.tab();
    await user.keyboard('3');
    await user.tab();
    await user.keyboard('1985');
    expect(screen.getAllByRole('textbox').map((f) => (f as HTMLInputElement).value)).toEqual([
      '27',
      '3',
      '1985',
    ]);
  });

  it('links every label to its field on the server', () => {
    const html = renderToString(<DateInput legend="Datum" name="d" />);
    const fors = [...html.matchAll(/for="([^"]+)"/g)].map((m) => m[1]);
    expect(fors).toHaveLength(3);
    for (const id of fors) expect(html).toContain(`id="${id ?? ''}"`);
  });
});
