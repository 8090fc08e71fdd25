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

describe('Checkbox', () => {
  it('is a native checkbox named by its label and described by its hint', () => {
    render(<Checkbox label="Newsletter abonnieren" hint="Einmal im Monat" name="newsletter" />);
    const box = screen.getByRole('checkbox', { name: 'Newsletter abonnieren' });
    const hintId = box.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(hintId)?.textContent).toBe('Einmal im Monat');
  });

  it('toggles with Space and with a click on the label', async () => {
    const user = userEvent.setup();
    render(<Checkbox label="Bestätigen" />);
    const box = screen.getByRole('checkbox');
    await user.tab();
    expect(document.activeElement).toBe(box);
    await user.keyboard(' ');
    expect(box).toHaveProperty('checked', true);
    await user.click(screen.getByText('Bestätigen'));
    expect(box).toHaveProperty('checked', false);
  });

  it('marks itself invalid on request', () => {
    render(<Checkbox label="Zustimmung" invalid />);
    expect(screen.getByRole('checkbox').getAttribute('aria-invalid')).toBe('true');
  });
});
