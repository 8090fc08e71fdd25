import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Select } from './Select.js';

const options = (
  <>
    <option value="">Bitte wählen</option>
    <option value="altstadt">Altstadt</option>
    <option value="schwabing">Schwabing</option>
  </>
);

describeBasics('Select', {
  component: Select,
  rootClass: 'sk-select',
  rootTag: 'DIV',
  refTag: 'SELECT',
  render: (extra) => (
    <Select aria-label="Stadtbezirk" {...extra}>
      {options}
    </Select>
  ),
});

// Darstellung (arrow icon, forced colours, 48 px) is CSS; opening with Alt+↓ is the browser's own
// select: both checked in the browser.
describe('Select: acceptance criteria (Select.mdx)', () => {
  it('Semantik: a native <select> named by its label', () => {
    render(
      <>
        <label htmlFor="bezirk">Stadtbezirk</label>
        <Select id="bezirk">{options}</Select>
      </>,
    );
    const select = screen.getByRole('combobox', { name: 'Stadtbezirk' });
    expect(select.tagName).toBe('SELECT');
    expect(select).toHaveClass('sk-select__input');
  });

  it('Tastatur: Tab focuses it, and an option can be chosen', async () => {
    const user = userEvent.setup();
    render(<Select aria-label="Stadtbezirk">{options}</Select>);
    const select = screen.getByRole('combobox', { name: 'Stadtbezirk' });
    await user.tab();
    expect(select).toHaveFocus();
    await user.selectOptions(select, 'schwabing');
    expect(select).toHaveValue('schwabing');
  });
});
