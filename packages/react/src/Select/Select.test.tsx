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

describe('Select', () => {
  it('is a native select operated from the keyboard', async () => {
    const user = userEvent.setup();
    render(<Select aria-label="Stadtbezirk">{options}</Select>);
    const select = screen.getByRole('combobox', { name: 'Stadtbezirk' });
    await user.tab();
    expect(document.activeElement).toBe(select);
    await user.selectOptions(select, 'schwabing');
    expect(select).toHaveProperty('value', 'schwabing');
  });
});
