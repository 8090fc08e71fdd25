import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Button } from '../Button/Button.js';
import { describeBasics } from '../test/basics.js';
import { ButtonGroup } from './ButtonGroup.js';

describeBasics('ButtonGroup', {
  component: ButtonGroup,
  rootClass: 'sk-button-group',
  rootTag: 'DIV',
  render: (extra) => (
    <ButtonGroup {...extra}>
      <Button>Weiter</Button>
      <Button variant="secondary">Zurück</Button>
    </ButtonGroup>
  ),
});

describe('ButtonGroup', () => {
  it('is a named group only when it has a label', () => {
    const { rerender } = render(
      <ButtonGroup>
        <Button>A</Button>
      </ButtonGroup>,
    );
    expect(screen.queryByRole('group')).toBeNull();
    rerender(
      <ButtonGroup aria-label="Formularaktionen" stacked>
        <Button>A</Button>
      </ButtonGroup>,
    );
    expect(screen.getByRole('group', { name: 'Formularaktionen' }).className).toBe(
      'sk-button-group sk-button-group--stacked',
    );
  });

  it('keeps the buttons in Tab order', async () => {
    const user = userEvent.setup();
    render(
      <ButtonGroup>
        <Button>Eins</Button>
        <Button>Zwei</Button>
      </ButtonGroup>,
    );
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Eins');
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Zwei');
  });
});
