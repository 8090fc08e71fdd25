import { localeOf, requireParts, warn } from './core.js';
import type { Behaviour } from './core.js';

/**
 * The texts of the show/hide toggle, once for plain HTML and `PasswordInput` in `@stadtkern/react`:
 * the visible button text, the button's accessible name (which contains the visible text, WCAG 2.5.3)
 * and what the polite status says after each change.
 */
export const passwordInputTexts = {
  de: {
    show: 'Anzeigen',
    hide: 'Verbergen',
    showLabel: 'Passwort anzeigen',
    hideLabel: 'Passwort verbergen',
    shown: 'Ihr Passwort ist sichtbar.',
    hidden: 'Ihr Passwort ist verborgen.',
  },
  en: {
    show: 'Show',
    hide: 'Hide',
    showLabel: 'Show password',
    hideLabel: 'Hide password',
    shown: 'Your password is visible.',
    hidden: 'Your password is hidden.',
  },
} as const;

/**
 * `.sk-password-input`: un-hides its `button.sk-password-input__toggle`, which switches the
 * `input.sk-password-input__input` between `type="password"` and `type="text"`. The button's text and
 * accessible name say what it will do („Anzeigen“ / „Passwort anzeigen“), the polite
 * `.sk-password-input__status` says the new state. Submitting the form and coming back to the page
 * from the back/forward cache hide the password again, so the browser neither stores nor shows it as
 * plain text. The value is never read or copied: only the input's type changes.
 */
export const passwordInput: Behaviour = {
  name: 'password-input',
  selector: '.sk-password-input',
  enhance(root) {
    const parts = requireParts('password-input', root, [
      'input.sk-password-input__input',
      'button.sk-password-input__toggle',
      ['.sk-password-input__status[aria-live]', '.sk-password-input__status[aria-live="polite"]'],
    ]);
    if (!parts) return false;
    const [input, toggle, status] = parts;
    if (input.type !== 'password')
      return (
        process.env.NODE_ENV !== 'production' &&
        warn('password-input', root, 'the input must start as type="password"')
      );
    const texts = passwordInputTexts[localeOf(root)];
    const show = (visible: boolean, announce: boolean): void => {
      input.type = visible ? 'text' : 'password';
      toggle.textContent = visible ? texts.hide : texts.show;
      toggle.setAttribute('aria-label', visible ? texts.hideLabel : texts.showLabel);
      if (announce) status.textContent = visible ? texts.shown : texts.hidden;
    };
    const hide = (): void => {
      if (input.type !== 'password') show(false, true);
    };
    if (input.id && !toggle.hasAttribute('aria-controls'))
      toggle.setAttribute('aria-controls', input.id);
    toggle.type = 'button';
    show(false, false);
    toggle.hidden = false;
    toggle.addEventListener('click', () => {
      show(input.type === 'password', true);
    });
    input.form?.addEventListener('submit', hide);
    root.ownerDocument.defaultView?.addEventListener('pageshow', hide);
    return true;
  },
};
