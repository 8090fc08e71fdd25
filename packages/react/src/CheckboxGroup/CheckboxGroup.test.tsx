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

const group = (props: { error?: string; hint?: string }) => (
  <CheckboxGroup legend="Welche Unterlagen haben Sie?" name="docs" inline {...props}>
    <Checkbox label="Ausweis" value="a" />
    <Checkbox label="Pass" value="p" />
  </CheckboxGroup>
);

describe('CheckboxGroup: acceptance criteria (CheckboxGroup.mdx)', () => {
  it('Semantik: a group named by its legend; hint and error describe the group', () => {
    render(
      group({ hint: 'Wählen Sie alle zutreffenden aus.', error: 'Wählen Sie eine Unterlage aus.' }),
    );
    const fieldset = screen.getByRole('group', { name: 'Welche Unterlagen haben Sie?' });
    expect(fieldset).toHaveAccessibleDescription(
      'Wählen Sie alle zutreffenden aus. Fehler: Wählen Sie eine Unterlage aus.',
    );
    for (const box of screen.getAllByRole('checkbox')) expect(box).toHaveAttribute('name', 'docs');
  });

  it('Tastatur: every checkbox is its own Tab stop; Space toggles', async () => {
    const user = userEvent.setup();
    render(group({}));
    const [ausweis, pass] = screen.getAllByRole('checkbox');
    await user.tab();
    expect(ausweis).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    expect(pass).toHaveFocus();
    await user.keyboard(' ');
    expect(ausweis).toBeChecked();
    expect(pass).toBeChecked();
  });

  it('Fehler: every checkbox is aria-invalid, the message stands below the legend', () => {
    render(group({ error: 'Wählen Sie eine Unterlage aus.' }));
    for (const box of screen.getAllByRole('checkbox')) expect(box).toBeInvalid();
    const legend = screen.getByText('Welche Unterlagen haben Sie?');
    const message = screen.getByText('Wählen Sie eine Unterlage aus.');
    const [first] = screen.getAllByRole('checkbox');
    expect(legend.compareDocumentPosition(message)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(message.compareDocumentPosition(first as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });
});

describe('CheckboxGroup', () => {
  it('lays the options out inline on request', () => {
    const { container } = render(group({}));
    expect(container.querySelector('.sk-fieldset__items')).toHaveClass(
      'sk-fieldset__items--inline',
    );
  });
});
