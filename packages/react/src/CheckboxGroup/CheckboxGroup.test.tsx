import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Checkbox } from '../Checkbox/Checkbox.js';
import { describeBasics } from '../test/basics.js';
import { CheckboxGroup } from './CheckboxGroup.js';

describeBasics('CheckboxGroup', {
  component: CheckboxGroup,
  rootClass: 'sk-fieldset',
  rootTag: 'FIELDSET',
  render: (extra) => (
    <CheckboxGroup legend="Unterlagen" name="unterlagen" {...extra}>
      <Checkbox label="Ausweis" value="ausweis" />
      <Checkbox label="Meldebescheinigung" value="meldung" />
    </CheckboxGroup>
  ),
});

describe('CheckboxGroup', () => {
  it('gives every checkbox the group name and marks them invalid with the error', async () => {
    const user = userEvent.setup();
    render(
      <CheckboxGroup
        legend="Welche Unterlagen haben Sie?"
        name="docs"
        error="Wählen Sie mindestens eine Unterlage aus."
        inline
      >
        <Checkbox label="Ausweis" value="a" />
        <Checkbox label="Pass" value="p" />
      </CheckboxGroup>,
    );
    const group = screen.getByRole('group', { name: 'Welche Unterlagen haben Sie?' });
    const boxes = screen.getAllByRole('checkbox');
    for (const box of boxes) {
      expect(box.getAttribute('name')).toBe('docs');
      expect(box.getAttribute('aria-invalid')).toBe('true');
    }
    expect(group.querySelector('.sk-fieldset__items')?.className).toBe(
      'sk-fieldset__items sk-fieldset__items--inline',
    );
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard(' ');
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([true, true]);
  });
});
