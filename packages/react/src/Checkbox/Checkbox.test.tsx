import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Checkbox } from './Checkbox.js';

describeBasics('Checkbox', {
  component: Checkbox,
  rootClass: 'sk-checkbox',
  rootTag: 'DIV',
  refTag: 'INPUT',
  render: (extra) => <Checkbox label="Ich stimme zu" {...extra} />,
});

// Zeigegeräte (24 × 24 px box) and Darstellung (mask, forced colours) are CSS: checked in the browser
// by the stories' tests.
describe('Checkbox: acceptance criteria (Checkbox.mdx)', () => {
  it('Semantik: a native <input type="checkbox">, named by <label for>, described by its hint', () => {
    render(<Checkbox label="Newsletter abonnieren" hint="Einmal im Monat" name="newsletter" />);
    const box = screen.getByRole('checkbox', { name: 'Newsletter abonnieren' });
    expect(box).toHaveAttribute('type', 'checkbox');
    expect(screen.getByText('Newsletter abonnieren')).toHaveAttribute('for', box.id);
    expect(box).toHaveAccessibleDescription('Einmal im Monat');
  });

  it('Tastatur: Tab focuses, Space toggles', async () => {
    const user = userEvent.setup();
    render(<Checkbox label="Bestätigen" />);
    const box = screen.getByRole('checkbox');
    await user.tab();
    expect(box).toHaveFocus();
    await user.keyboard(' ');
    expect(box).toBeChecked();
    await user.keyboard(' ');
    expect(box).not.toBeChecked();
  });

  it('Zeigegeräte: the whole label is clickable', async () => {
    const user = userEvent.setup();
    render(<Checkbox label="Bestätigen" />);
    await user.click(screen.getByText('Bestätigen'));
    expect(screen.getByRole('checkbox')).toBeChecked();
  });
});

describe('Checkbox', () => {
  it('marks itself invalid on request', () => {
    render(<Checkbox label="Zustimmung" invalid />);
    expect(screen.getByRole('checkbox')).toBeInvalid();
  });
});
