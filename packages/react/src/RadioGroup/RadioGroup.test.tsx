import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Radio } from '../Radio/Radio.js';
import { describeBasics } from '../test/basics.js';
import { RadioGroup } from './RadioGroup.js';

describeBasics('RadioGroup', {
  component: RadioGroup,
  rootClass: 'sk-fieldset',
  rootTag: 'FIELDSET',
  render: (extra) => (
    <RadioGroup legend="Haben Sie einen Hund?" name="hund" {...extra}>
      <Radio label="Ja" value="ja" />
      <Radio label="Nein" value="nein" />
    </RadioGroup>
  ),
});

const group = (
  <>
    <RadioGroup legend="Familienstand" name="stand">
      <Radio label="Ledig" value="ledig" />
      <Radio label="Verheiratet" value="verheiratet" />
      <Radio label="Verwitwet" value="verwitwet" />
    </RadioGroup>
    <button type="button">Weiter</button>
  </>
);

describe('RadioGroup: acceptance criteria (RadioGroup.mdx)', () => {
  it('Semantik: a group named by its legend; the radios share one name', () => {
    render(group);
    expect(screen.getByRole('group')).toHaveAccessibleName('Familienstand');
    for (const radio of screen.getAllByRole('radio'))
      expect(radio).toHaveAttribute('name', 'stand');
  });

  it('Tastatur: Tab enters the group once (at the checked or first radio); Space checks the focused radio', async () => {
    const user = userEvent.setup();
    render(group);
    const [ledig] = screen.getAllByRole('radio');
    await user.tab();
    expect(ledig).toHaveFocus();
    await user.keyboard(' ');
    expect(ledig).toBeChecked();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Weiter' })).toHaveFocus();
  });

  it('Screenreader: „Gruppe“ with the legend, then „Radiobutton“ with the label (position from the shared name)', () => {
    render(group);
    expect(screen.getByRole('group', { name: 'Familienstand' })).toContainElement(
      screen.getByRole('radio', { name: 'Verheiratet' }),
    );
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('name'))).toEqual([
      'stand',
      'stand',
      'stand',
    ]);
  });
});

describe('RadioGroup', () => {
  it('marks every radio invalid when the group has an error', () => {
    render(
      <RadioGroup legend="Familienstand" name="stand" error="Wählen Sie Ihren Familienstand aus.">
        <Radio label="Ledig" value="ledig" />
        <Radio label="Verheiratet" value="verheiratet" />
      </RadioGroup>,
    );
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeInvalid();
  });
});
