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

describe('RadioGroup', () => {
  it('shares one name so the radios form one group; Tab enters it once', async () => {
    const user = userEvent.setup();
    render(
      <>
        <RadioGroup legend="Familienstand" name="stand">
          <Radio label="Ledig" value="ledig" />
          <Radio label="Verheiratet" value="verheiratet" />
        </RadioGroup>
        <button type="button">Weiter</button>
      </>,
    );
    const radios = screen.getAllByRole('radio');
    for (const radio of radios) expect(radio.getAttribute('name')).toBe('stand');
    await user.tab();
    expect(document.activeElement).toBe(radios[0]);
    await user.keyboard(' ');
    expect(radios[0]).toHaveProperty('checked', true);
    await user.click(screen.getByText('Verheiratet'));
    expect(radios[1]).toHaveProperty('checked', true);
    expect(screen.getByRole('group', { name: 'Familienstand' })).toBeTruthy();
  });
});
