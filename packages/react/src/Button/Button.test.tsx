import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.js';
import { Icon } from '../Icon/Icon.js';
import { Button } from './Button.js';

describe('Button', () => {
  it('renders a native button with its label', () => {
    render(<Button>Antrag senden</Button>);
    expect(screen.getByRole('button', { name: 'Antrag senden' }).tagName).toBe('BUTTON');
  });

  it('has the root class and merges an extra className', () => {
    render(<Button className="app-extra">Speichern</Button>);
    const button = screen.getByRole('button', { name: 'Speichern' });
    expect(button).toHaveProperty('className', 'sk-button app-extra');
  });

  it('sets variant and size modifiers', () => {
    render(
      <Button variant="secondary" size="large" fullWidth>
        Weiter
      </Button>,
    );
    expect(screen.getByRole('button').className).toBe(
      'sk-button sk-button--secondary sk-button--large sk-button--full-width',
    );
  });

  it('forwards its ref to the button element', () => {
    const ref = createRef<HTMLButtonElement>();
    render(<Button ref={ref}>OK</Button>);
    expect(ref.current).toBe(screen.getByRole('button'));
  });

  it('defaults to type="button" and accepts submit', () => {
    const { rerender } = render(<Button>A</Button>);
    expect(screen.getByRole('button').getAttribute('type')).toBe('button');
    rerender(<Button type="submit">A</Button>);
    expect(screen.getByRole('button').getAttribute('type')).toBe('submit');
  });

  it('is activated with Enter and Space from the keyboard', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(<Button onClick={onClick}>Senden</Button>);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button'));
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('stays focusable but inert when disabled (aria-disabled pattern)', async () => {
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
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.hasAttribute('disabled')).toBe(false);
    await user.tab();
    expect(document.activeElement).toBe(button);
    await user.keyboard('{Enter}');
    await user.click(button);
    expect(onClick).not.toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('announces the loading state in its name and blocks activation', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    const { rerender } = render(
      <Button loading onClick={onClick}>
        Speichern
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Speichern (Wird geladen)' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.className).toBe('sk-button sk-button--loading');
    await user.click(button);
    expect(onClick).not.toHaveBeenCalled();
    rerender(
      <Button loading locale="en" onClick={onClick}>
        Save
      </Button>,
    );
    expect(screen.getByRole('button', { name: 'Save (Loading)' })).toBeTruthy();
  });

  it('takes a decorative icon as a child without changing its name', () => {
    render(
      <Button>
        <Icon name="download" />
        Herunterladen
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Herunterladen' });
    expect(button.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('warns in development when it has no accessible name', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <Button className="unnamed-probe">
        <Icon name="close" />
      </Button>,
    );
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Button has no accessible name'));
    warn.mockClear();
    render(
      <Button aria-label="Schließen">
        <Icon name="close" />
      </Button>,
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it('has no axe violations in any variant', async () => {
    const { container } = render(
      <div>
        <Button>Primär</Button>
        <Button variant="secondary">Sekundär</Button>
        <Button variant="tertiary" size="small">
          Tertiär
        </Button>
        <Button disabled>Deaktiviert</Button>
        <Button loading>Lädt</Button>
      </div>,
    );
    await expectNoAxeViolations(container);
  });

  it('renders complete HTML on the server', () => {
    const html = renderToString(<Button variant="secondary">Weiter</Button>);
    expect(html).toBe(
      '<button type="button" class="sk-button sk-button--secondary">Weiter</button>',
    );
  });
});
