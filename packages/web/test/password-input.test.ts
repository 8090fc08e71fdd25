import { afterEach, describe, expect, it, vi } from 'vitest';
import { start } from '../src/index.js';
import { passwordInput, passwordInputTexts } from '../src/password-input.js';
import { enhance } from '../src/core.js';
import { flush, setBody } from './helpers.js';

/** The markup `PasswordInput` in @stadtkern/react renders and the CSS docs show. */
const field = (attributes = '') => `
  <div class="sk-password-input"${attributes}>
    <div class="sk-text-input sk-password-input__field">
      <input type="password" class="sk-text-input__input sk-password-input__input" id="passwort" name="passwort" aria-label="Passwort" spellcheck="false" autocapitalize="none" autocomplete="current-password">
    </div>
    <button type="button" class="sk-button sk-button--secondary sk-password-input__toggle" aria-controls="passwort" aria-label="Passwort anzeigen" hidden>Anzeigen</button>
    <span class="sk-password-input__status" aria-live="polite"></span>
  </div>`;

let stop: () => void = () => undefined;
afterEach(() => {
  stop();
  vi.restoreAllMocks();
  setBody('');
});

const input = () => document.querySelector('input') as HTMLInputElement;
const toggle = () => document.querySelector('button') as HTMLButtonElement;
const status = () => document.querySelector('.sk-password-input__status')?.textContent;
const state = () => ({
  type: input().type,
  text: toggle().textContent,
  label: toggle().getAttribute('aria-label'),
  status: status(),
});

describe('PasswordInput show/hide behaviour', () => {
  it('un-hides the toggle; the password stays hidden and nothing is announced yet', () => {
    setBody(field());
    expect(toggle().hidden).toBe(true);
    stop = start();
    expect(toggle().hidden).toBe(false);
    expect(state()).toEqual({
      type: 'password',
      text: 'Anzeigen',
      label: 'Passwort anzeigen',
      status: '',
    });
  });

  it('a click shows the password, a second hides it; text, name and status follow', () => {
    setBody(field());
    stop = start();
    toggle().click();
    expect(state()).toEqual({
      type: 'text',
      text: 'Verbergen',
      label: 'Passwort verbergen',
      status: 'Ihr Passwort ist sichtbar.',
    });
    toggle().click();
    expect(state()).toEqual({
      type: 'password',
      text: 'Anzeigen',
      label: 'Passwort anzeigen',
      status: 'Ihr Passwort ist verborgen.',
    });
  });

  it('submitting the form hides the password again before the browser stores the page', () => {
    setBody(`<form>${field()}</form>`);
    stop = start();
    const form = document.querySelector('form') as HTMLFormElement;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
    });
    toggle().click();
    expect(input().type).toBe('text');
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(state()).toEqual({
      type: 'password',
      text: 'Anzeigen',
      label: 'Passwort anzeigen',
      status: 'Ihr Passwort ist verborgen.',
    });
  });

  it('coming back from the back/forward cache (pageshow) hides the password again', () => {
    setBody(field());
    stop = start();
    toggle().click();
    window.dispatchEvent(new Event('pageshow'));
    expect(input().type).toBe('password');
    expect(toggle().getAttribute('aria-label')).toBe('Passwort anzeigen');
  });

  it('never copies the value: it appears nowhere outside the input', () => {
    setBody(`<form>${field()}</form>`);
    stop = start();
    input().value = 'Geheim-4711';
    toggle().click();
    toggle().click();
    toggle().click();
    expect(input().value).toBe('Geheim-4711');
    expect(document.documentElement.outerHTML).not.toContain('Geheim-4711');
    expect(document.body.textContent).not.toContain('Geheim-4711');
  });

  it('English when lang="en" or data-sk-locale="en" is on the component or an ancestor', () => {
    setBody(`<div lang="en-GB">${field()}</div>`);
    stop = start();
    expect(state()).toMatchObject({ text: 'Show', label: 'Show password' });
    toggle().click();
    expect(state()).toEqual({
      type: 'text',
      text: 'Hide',
      label: 'Hide password',
      status: 'Your password is visible.',
    });
    stop();
    setBody(field(' data-sk-locale="en"'));
    stop = start();
    toggle().click();
    toggle().click();
    expect(state()).toMatchObject({ label: 'Show password', status: 'Your password is hidden.' });
  });

  it('exports the same texts the React component renders first', () => {
    expect(passwordInputTexts.de).toMatchObject({
      show: 'Anzeigen',
      showLabel: 'Passwort anzeigen',
    });
    expect(passwordInputTexts.en).toMatchObject({ show: 'Show', showLabel: 'Show password' });
  });

  it('is idempotent: starting twice or enhancing again toggles once per click', () => {
    setBody(field());
    stop = start();
    const stopSecond = start();
    enhance(document.querySelector('.sk-password-input') as Element, passwordInput);
    toggle().click();
    stopSecond();
    expect(input().type).toBe('text');
    expect(status()).toBe('Ihr Passwort ist sichtbar.');
  });

  it('sets aria-controls from the input id when the markup has none', () => {
    setBody(field().replace(' aria-controls="passwort"', ''));
    stop = start();
    expect(toggle().getAttribute('aria-controls')).toBe('passwort');
  });

  it('enhances a password field inserted later (Vue, htmx) without another call', async () => {
    setBody('<main></main>');
    stop = start();
    document.querySelector('main')?.insertAdjacentHTML('beforeend', field());
    await flush();
    expect(toggle().hidden).toBe(false);
    toggle().click();
    expect(input().type).toBe('text');
  });

  it.each([
    ['no input', field().replace(/<input[^>]*>/, ''), 'no input.sk-password-input__input'],
    [
      'an input that is not a password field',
      field().replace('type="password"', 'type="text"'),
      'the input must start as type="password"',
    ],
    [
      'no toggle button',
      field().replace(/<button[\s\S]*<\/button>/, ''),
      'no button.sk-password-input__toggle',
    ],
    [
      'no live status',
      field().replace(' aria-live="polite"', ''),
      'no .sk-password-input__status[aria-live="polite"]',
    ],
  ])('bad markup (%s): left as it is, with a warning naming the element', (_, html, problem) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    setBody(html);
    const before = document.body.innerHTML;
    expect(() => (stop = start())).not.toThrow();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining(problem),
      document.querySelector('.sk-password-input'),
    );
    document.querySelector('button')?.click();
    expect(document.body.innerHTML).toBe(before);
  });
});
