import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { TextInput } from './TextInput.js';

describeBasics('TextInput', {
  component: TextInput,
  rootClass: 'sk-text-input',
  rootTag: 'DIV',
  refTag: 'INPUT',
  render: (extra) => <TextInput aria-label="Nachname" {...extra} />,
});

describe('TextInput', () => {
  it('asks for digits with inputmode="numeric" instead of type="number"', () => {
    render(<TextInput type="numeric" aria-label="Postleitzahl" width={5} />);
    const input = screen.getByRole('textbox', { name: 'Postleitzahl' });
    expect(input.getAttribute('type')).toBe('text');
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input.getAttribute('spellcheck')).toBe('false');
    expect(input.parentElement?.className).toBe('sk-text-input sk-text-input--width-5');
  });

  it('renders email and tel types', () => {
    render(
      <>
        <TextInput type="email" aria-label="E-Mail" />
        <TextInput type="tel" aria-label="Telefon" />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'E-Mail' }).getAttribute('type')).toBe('email');
    expect(screen.getByRole('textbox', { name: 'Telefon' }).getAttribute('type')).toBe('tel');
  });

  it('shows a prefix and suffix that are hidden from screen readers', () => {
    const { container } = render(<TextInput aria-label="Betrag in Euro" prefix="€" suffix=",00" />);
    const affixes = container.querySelectorAll('.sk-text-input__affix');
    expect([...affixes].map((a) => a.textContent)).toEqual(['€', ',00']);
    for (const affix of affixes) expect(affix.getAttribute('aria-hidden')).toBe('true');
  });

  it('takes keyboard input', async () => {
    const user = userEvent.setup();
    render(<TextInput aria-label="Ort" />);
    await user.tab();
    await user.keyboard('Kiel');
    expect(screen.getByRole('textbox')).toHaveProperty('value', 'Kiel');
  });
});
