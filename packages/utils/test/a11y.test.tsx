// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announce, focusElement, getFocusableElements, saveFocus } from '../src/index.js';
import { useAnnounce } from '../src/react.js';

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('announce', () => {
  it('uses one shared polite live region and announces repeated messages again', () => {
    vi.useFakeTimers();
    announce('Gespeichert');
    vi.advanceTimersByTime(60);
    const regions = document.querySelectorAll('[data-sk-announcer="polite"]');
    expect(regions).toHaveLength(1);
    const region = regions[0] as HTMLElement;
    expect(region.getAttribute('role')).toBe('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('Gespeichert');
    announce('Gespeichert');
    expect(region.textContent).toBe('');
    vi.advanceTimersByTime(60);
    expect(region.textContent).toBe('Gespeichert');
    expect(document.querySelectorAll('[data-sk-announcer]')).toHaveLength(1);
  });

  it('uses an assertive alert region when asked', () => {
    vi.useFakeTimers();
    announce('Fehler beim Senden', { politeness: 'assertive' });
    vi.advanceTimersByTime(60);
    const region = document.querySelector('[data-sk-announcer="assertive"]');
    expect(region?.getAttribute('role')).toBe('alert');
    expect(region?.textContent).toBe('Fehler beim Senden');
  });

  it('useAnnounce returns a stable function that announces', () => {
    vi.useFakeTimers();
    const seen: unknown[] = [];
    function Probe() {
      const say = useAnnounce({ politeness: 'assertive' });
      seen.push(say);
      return null;
    }
    const { rerender } = render(<Probe />);
    rerender(<Probe />);
    expect(seen[0]).toBe(seen[1]);
    act(() => {
      (seen[0] as (m: string) => void)('Hallo');
      vi.advanceTimersByTime(60);
    });
    expect(document.querySelector('[data-sk-announcer="assertive"]')?.textContent).toBe('Hallo');
  });
});

describe('focus helpers', () => {
  it('focuses a non-focusable element temporarily, without making it a tab stop', () => {
    document.body.innerHTML =
      '<div id="summary"><h2>Es gibt ein Problem</h2></div><button>Weiter</button>';
    const summary = document.getElementById('summary') as HTMLElement;
    expect(focusElement(summary)).toBe(true);
    expect(document.activeElement).toBe(summary);
    expect(summary.getAttribute('tabindex')).toBe('-1');
    (document.querySelector('button') as HTMLButtonElement).focus();
    expect(summary.hasAttribute('tabindex')).toBe(false);
    expect(focusElement(null)).toBe(false);
  });

  it('lists focusable elements and skips disabled, hidden and inert ones', () => {
    document.body.innerHTML = `
      <a href="/a">A</a><button disabled>B</button><input type="hidden"><input aria-label="C">
      <div hidden><button>D</button></div><div inert><button>E</button></div><span tabindex="0">F</span>`;
    const names = getFocusableElements(document.body).map(
      (el) => el.textContent || el.getAttribute('aria-label'),
    );
    expect(names).toEqual(['A', 'C', 'F']);
  });

  it('saveFocus restores focus to where it was', () => {
    document.body.innerHTML = '<button id="open">Öffnen</button><input aria-label="Name">';
    const open = document.getElementById('open') as HTMLButtonElement;
    open.focus();
    const restore = saveFocus();
    (document.querySelector('input') as HTMLInputElement).focus();
    restore();
    expect(document.activeElement).toBe(open);
  });
});

describe('deprecation (the helpers live in @stadtkern/web/core and markup now)', () => {
  it('each deprecated helper still works and warns once in development, naming what replaces it', async () => {
    vi.resetModules();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fresh = await import('../src/index.js');
    document.body.innerHTML = '<div id="d">Text</div><button>Weiter</button>';
    const div = document.getElementById('d') as HTMLElement;
    expect(fresh.focusElement(div)).toBe(true);
    fresh.focusElement(div);
    expect(fresh.getFocusableElements(document.body)).toEqual([document.querySelector('button')]);
    fresh.saveFocus();
    fresh.announce('Gespeichert');
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringContaining(
        'focusElement is deprecated and will be removed in the next major release. Use focusElement from @stadtkern/web/core.',
      ),
      expect.stringContaining(
        'getFocusableElements is deprecated and will be removed in the next major release. Use focusableElements from @stadtkern/web/core.',
      ),
      expect.stringContaining('saveFocus is deprecated'),
      expect.stringContaining('announce is deprecated'),
    ]);
    warn.mockRestore();
  });
});
