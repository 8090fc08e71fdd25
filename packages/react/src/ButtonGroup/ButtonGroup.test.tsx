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

describe('ButtonGroup: acceptance criteria (ButtonGroup.mdx)', () => {
  it('Semantik: a <div>; with aria-label a named group (role="group")', () => {
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
    expect(screen.getByRole('group', { name: 'Formularaktionen' })).toHaveClass(
      'sk-button-group sk-button-group--stacked',
      { exact: true },
    );
  });

  it('Tastatur: the DOM order is the Tab order; the main action comes first', async () => {
    const user = userEvent.setup();
    render(
      <ButtonGroup>
        <Button>Antrag senden</Button>
        <Button variant="secondary">Entwurf speichern</Button>
      </ButtonGroup>,
    );
    await user.tab();
    expect(screen.getByRole('button', { name: 'Antrag senden' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Entwurf speichern' })).toHaveFocus();
  });
});
