import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { FormField } from '../FormField/FormField.js';
import { describeBasics } from '../test/basics.js';
import { PasswordInput } from './PasswordInput.js';

describeBasics('PasswordInput', {
  component: PasswordInput,
  rootClass: 'sk-password-input',
  rootTag: 'DIV',
  refTag: 'INPUT',
  render: (extra) => <PasswordInput aria-label="Passwort" {...extra} />,
});

const field = () => screen.getByLabelText('Passwort', { selector: 'input' });
const toggle = () => screen.getByRole('button', { name: /^Passwort (anzeigen|verbergen)$/ });

function SignIn({ onSubmit }: { onSubmit?: () => void }) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit?.();
      }}
    >
      <FormField label="Passwort">
        <PasswordInput name="passwort" />
      </FormField>
      <button type="submit">Anmelden</button>
    </form>
  );
}

// Darstellung (TextInput's border and widths, the secondary button, forced colours) is CSS: checked in
// the browser by the stories' axe tests and the shared behaviour spec.
describe('PasswordInput: acceptance criteria (PasswordInput.mdx)', () => {
  it('Semantik: a native password <input> named by FormField’s label, a type="button" toggle controlling it, aria-invalid on error', () => {
    render(
      <FormField label="Passwort" error="Das Passwort ist nicht richtig.">
        <PasswordInput />
      </FormField>,
    );
    const input = field();
    expect(input.tagName).toBe('INPUT');
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('Fehler: Das Passwort ist nicht richtig.');
    expect(toggle()).toHaveAttribute('type', 'button');
    expect(toggle()).toHaveAttribute('aria-controls', input.id);
  });

  it('Ohne JavaScript: the server renders a normal password field and the toggle hidden', () => {
    const html = renderToString(<SignIn />);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('input')?.getAttribute('type')).toBe('password');
    const button = doc.querySelector('.sk-password-input__toggle');
    expect(button?.hasAttribute('hidden')).toBe(true);
    expect(button?.textContent).toBe('Anzeigen');
    expect(doc.querySelector('.sk-password-input__status')?.textContent).toBe('');
  });

  it('Tastatur: Tab reaches the toggle after the field; Enter and Space toggle; focus stays on the toggle', async () => {
    const user = userEvent.setup();
    render(<SignIn />);
    await user.click(field());
    await user.keyboard('Sonnenblume');
    await user.tab();
    expect(toggle()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(field()).toHaveAttribute('type', 'text');
    expect(toggle()).toHaveFocus();
    await user.keyboard(' ');
    expect(field()).toHaveAttribute('type', 'password');
    expect(toggle()).toHaveFocus();
    expect(field()).toHaveValue('Sonnenblume');
  });

  it('Ansage: the name „Passwort anzeigen“ / „Passwort verbergen“ contains the visible text; a polite status says the new state', async () => {
    const user = userEvent.setup();
    render(<SignIn />);
    const status = document.querySelector('.sk-password-input__status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(toggle()).toHaveAccessibleName('Passwort anzeigen');
    expect(toggle()).toHaveTextContent(/^Anzeigen$/);
    await user.click(toggle());
    expect(toggle()).toHaveAccessibleName('Passwort verbergen');
    expect(toggle()).toHaveTextContent(/^Verbergen$/);
    expect(status).toHaveTextContent('Ihr Passwort ist sichtbar.');
    await user.click(toggle());
    expect(toggle()).toHaveAccessibleName('Passwort anzeigen');
    expect(status).toHaveTextContent('Ihr Passwort ist verborgen.');
  });

  it('Sicherheit: the value never leaves the field; submitting and pageshow hide the password again', async () => {
    const user = userEvent.setup();
    const submitted = vi.fn();
    const { container } = render(<SignIn onSubmit={submitted} />);
    await user.type(field(), 'Geheim-4711');
    await user.click(toggle());
    expect(container.innerHTML).not.toContain('Geheim-4711');
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(submitted).toHaveBeenCalledOnce();
    expect(field()).toHaveAttribute('type', 'password');
    expect(toggle()).toHaveAccessibleName('Passwort anzeigen');
    await user.click(toggle());
    fireEvent(window, new Event('pageshow'));
    expect(field()).toHaveAttribute('type', 'password');
    expect(toggle()).toHaveTextContent('Anzeigen');
  });

  it('Passwortmanager: current-password by default, new-password to set one; no spell checking, no auto-capitalisation', () => {
    render(
      <>
        <PasswordInput aria-label="Passwort" />
        <PasswordInput aria-label="Neues Passwort" autoComplete="new-password" />
      </>,
    );
    const current = screen.getByLabelText('Passwort', { selector: 'input' });
    const fresh = screen.getByLabelText('Neues Passwort', { selector: 'input' });
    expect(current).toHaveAttribute('autocomplete', 'current-password');
    expect(fresh).toHaveAttribute('autocomplete', 'new-password');
    for (const input of [current, fresh]) {
      expect(input).toHaveAttribute('spellcheck', 'false');
      expect(input).toHaveAttribute('autocapitalize', 'none');
    }
  });

  it('Sprache: German by default, English with locale="en" — rendered and announced alike', async () => {
    const user = userEvent.setup();
    render(
      <div lang="en">
        <PasswordInput aria-label="Passwort" />
        <PasswordInput aria-label="Password" locale="en" />
      </div>,
    );
    // The page's lang does not switch the German default: data-sk-locale keeps both layers in one language.
    expect(screen.getByRole('button', { name: 'Passwort anzeigen' })).toHaveTextContent('Anzeigen');
    const english = screen.getByRole('button', { name: 'Show password' });
    expect(english).toHaveTextContent(/^Show$/);
    await user.click(english);
    expect(screen.getByRole('button', { name: 'Hide password' })).toHaveTextContent(/^Hide$/);
    expect(screen.getByText('Your password is visible.')).toBeInTheDocument();
  });
});

describe('PasswordInput', () => {
  it('keeps the password shown while a controlled value re-renders the field', async () => {
    function Controlled() {
      const [value, setValue] = useState('');
      return (
        <PasswordInput
          aria-label="Passwort"
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
          }}
        />
      );
    }
    const user = userEvent.setup();
    render(<Controlled />);
    await user.click(toggle());
    await user.type(field(), 'abc');
    expect(field()).toHaveValue('abc');
    expect(field()).toHaveAttribute('type', 'text');
    expect(toggle()).toHaveAccessibleName('Passwort verbergen');
    await user.click(toggle());
    await user.type(field(), 'd');
    expect(field()).toHaveAttribute('type', 'password');
    expect(toggle()).toHaveAccessibleName('Passwort anzeigen');
  });

  it('sets the width on the TextInput wrapper and className on the root', () => {
    const { container } = render(
      <PasswordInput aria-label="Passwort" width={20} className="app-extra" />,
    );
    expect(container.firstElementChild).toHaveClass('sk-password-input app-extra', {
      exact: true,
    });
    expect(field().parentElement).toHaveClass(
      'sk-text-input sk-text-input--width-20 sk-password-input__field',
      { exact: true },
    );
  });

  it('warns in development when nothing can name the field', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<PasswordInput name="pw-unnamed" />);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('PasswordInput has no accessible name'),
    );
    warn.mockClear();
    render(<PasswordInput aria-label="Passwort" />);
    render(<PasswordInput id="pw" />);
    expect(warn).not.toHaveBeenCalled();
  });
});
