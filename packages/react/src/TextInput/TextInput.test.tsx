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

// Darstellung (border 3:1, 48 px, forced colours) and the focus ring are CSS: checked in the browser
// by the stories' tests.
describe('TextInput: acceptance criteria (TextInput.mdx)', () => {
  it('Semantik: a native <input>, named by its <label>, aria-invalid on error', () => {
    render(
      <>
        <label htmlFor="ort">Ort</label>
        <TextInput id="ort" aria-invalid />
      </>,
    );
    const input = screen.getByRole('textbox', { name: 'Ort' });
    expect(input.tagName).toBe('INPUT');
    expect(input).toBeInvalid();
  });

  it('Tastatur: ordinary text entry', async () => {
    const user = userEvent.setup();
    render(<TextInput aria-label="Ort" />);
    await user.tab();
    expect(screen.getByRole('textbox')).toHaveFocus();
    await user.keyboard('Kiel');
    expect(screen.getByRole('textbox')).toHaveValue('Kiel');
  });

  it('Mobil: email, tel and numeric bring the matching keyboard; spell checking is off for codes', () => {
    render(
      <>
        <TextInput type="email" aria-label="E-Mail" />
        <TextInput type="tel" aria-label="Telefon" />
        <TextInput type="numeric" aria-label="Postleitzahl" />
        <TextInput aria-label="Nachname" />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'E-Mail' })).toHaveAttribute('type', 'email');
    expect(screen.getByRole('textbox', { name: 'Telefon' })).toHaveAttribute('type', 'tel');
    const plz = screen.getByRole('textbox', { name: 'Postleitzahl' });
    expect(plz).toHaveAttribute('type', 'text');
    expect(plz).toHaveAttribute('inputmode', 'numeric');
    for (const name of ['E-Mail', 'Telefon', 'Postleitzahl']) {
      expect(screen.getByRole('textbox', { name })).toHaveAttribute('spellcheck', 'false');
    }
    expect(screen.getByRole('textbox', { name: 'Nachname' })).not.toHaveAttribute('spellcheck');
  });
});

describe('TextInput', () => {
  it('sets the width modifier on the wrapper', () => {
    render(<TextInput type="numeric" aria-label="Postleitzahl" width={5} />);
    expect(screen.getByRole('textbox').parentElement).toHaveClass(
      'sk-text-input sk-text-input--width-5',
      { exact: true },
    );
  });

  it('shows a prefix and suffix that are hidden from screen readers', () => {
    render(<TextInput aria-label="Betrag in Euro" prefix="€" suffix=",00" />);
    for (const affix of [screen.getByText('€'), screen.getByText(',00')]) {
      expect(affix).toHaveAttribute('aria-hidden', 'true');
    }
    expect(screen.getByRole('textbox')).toHaveAccessibleName('Betrag in Euro');
  });
});
