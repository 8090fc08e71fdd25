import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Icon } from '../Icon/Icon.js';
import { Button } from './Button.js';

describeBasics('Button', {
  component: Button,
  rootClass: 'sk-button',
  rootTag: 'BUTTON',
  render: (extra) => <Button {...extra}>Antrag senden</Button>,
});

// Darstellung (target size, forced colours, reduced motion) and the focus ring are CSS: checked in
// the browser by the Button stories' tests.
describe('Button: acceptance criteria (Button.mdx)', () => {
  it('Semantik: renders a native <button> with type="button" unless another type is set', () => {
    const { rerender } = render(<Button>Weiter</Button>);
    expect(screen.getByRole('button', { name: 'Weiter' })).toHaveAttribute('type', 'button');
    rerender(<Button type="submit">Weiter</Button>);
    expect(screen.getByRole('button', { name: 'Weiter' })).toHaveAttribute('type', 'submit');
  });

  it('Semantik: the name comes from the visible text, icons are aria-hidden, a nameless button warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { container } = render(
      <Button>
        <Icon name="download" />
        Herunterladen
      </Button>,
    );
    expect(screen.getByRole('button')).toHaveAccessibleName('Herunterladen');
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(warn).not.toHaveBeenCalled();
    render(
      <Button className="unnamed-probe">
        <Icon name="close" />
      </Button>,
    );
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Button has no accessible name'));
  });

  it('Semantik: disabled sets aria-disabled="true" instead of disabled; it stays focusable, click and submit are blocked', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => {
      e.preventDefault();
    });
    render(
      <form onSubmit={onSubmit}>
        <Button type="submit" disabled onClick={onClick}>
          Absenden
        </Button>
      </form>,
    );
    const button = screen.getByRole('button', { name: 'Absenden' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).not.toHaveAttribute('disabled');
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(button);
    expect(onClick).not.toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('Semantik: loading adds sk-button--loading and „(Wird geladen)“ to the name, blocks activation and keeps focus', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    const { rerender } = render(<Button onClick={onClick}>Speichern</Button>);
    await user.tab();
    rerender(
      <Button loading onClick={onClick}>
        Speichern
      </Button>,
    );
    const button = screen.getByRole('button');
    expect(button).toHaveAccessibleName('Speichern (Wird geladen)');
    expect(button).toHaveClass('sk-button--loading');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(button);
    expect(onClick).not.toHaveBeenCalled();
    rerender(
      <Button loading locale="en">
        Save
      </Button>,
    );
    expect(button).toHaveAccessibleName('Save (Loading)');
    rerender(
      <Button loading loadingText="Wird gesendet">
        Senden
      </Button>,
    );
    expect(button).toHaveAccessibleName('Senden (Wird gesendet)');
  });

  it('Tastatur: reached with Tab, activated with Enter and Space', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(<Button onClick={onClick}>Senden</Button>);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Senden' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('Screenreader: announced as a button with its text; disabled as unavailable', () => {
    render(
      <>
        <Button>Weiter</Button>
        <Button disabled>Absenden</Button>
      </>,
    );
    expect(screen.getByRole('button', { name: 'Weiter' })).not.toHaveAttribute('aria-disabled');
    expect(screen.getByRole('button', { name: 'Absenden' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});

describe('Button', () => {
  it('sets the variant, size and full-width modifiers', () => {
    render(
      <Button variant="secondary" size="large" fullWidth>
        Weiter
      </Button>,
    );
    expect(screen.getByRole('button')).toHaveClass(
      'sk-button sk-button--secondary sk-button--large sk-button--full-width',
      { exact: true },
    );
  });

  it('renders the primary medium button without modifiers on the server', () => {
    expect(renderToString(<Button>Weiter</Button>)).toBe(
      '<button type="button" class="sk-button">Weiter</button>',
    );
  });

  it('renders the invoker attributes command and commandfor, on the server too, without a React warning', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Button command="show-modal" commandfor="zone">
        Öffnen
      </Button>,
    );
    expect(screen.getByRole('button')).toHaveAttribute('command', 'show-modal');
    expect(screen.getByRole('button')).toHaveAttribute('commandfor', 'zone');
    expect(
      renderToString(
        <Button command="close" commandfor="zone">
          Schließen
        </Button>,
      ),
    ).toBe(
      '<button type="button" class="sk-button" command="close" commandfor="zone">Schließen</button>',
    );
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});
