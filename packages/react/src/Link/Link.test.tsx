import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Link } from './Link.js';
import { safeHref } from './safe-href.js';

describeBasics('Link', {
  component: Link,
  rootClass: 'sk-link',
  rootTag: 'A',
  render: (extra) => (
    <Link href="/antraege" {...extra}>
      Alle Anträge
    </Link>
  ),
});

// Darstellung (underline, visited colour, forced colours) and the focus ring are CSS: checked in the
// browser by the stories' tests.
describe('Link: acceptance criteria (Link.mdx)', () => {
  it('Semantik: a native <a href>', () => {
    render(<Link href="/antraege">Alle Anträge</Link>);
    const link = screen.getByRole('link', { name: 'Alle Anträge' });
    expect(link.tagName).toBe('A');
    expect(link).toHaveAttribute('href', '/antraege');
  });

  it('Tastatur: reached with Tab, followed with Enter', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn((e: { preventDefault: () => void }) => {
      e.preventDefault();
    });
    render(
      <Link href="/kontakt" onClick={onClick}>
        Kontakt
      </Link>,
    );
    await user.tab();
    expect(screen.getByRole('link', { name: 'Kontakt' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('Screenreader: „Link“ and its text; external links add „(öffnet in einem neuen Tab)“; a link without text warns in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <Link href="https://www.bundesregierung.de" external>
        Bundesregierung
      </Link>,
    );
    const link = screen.getByRole('link', { name: 'Bundesregierung (öffnet in einem neuen Tab)' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveClass('sk-link sk-link--external', { exact: true });
    expect(warn).not.toHaveBeenCalled();
    render(<Link href="/leer" />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Link has no accessible name'));
  });
});

describe('Link', () => {
  it('has an English hint', () => {
    render(
      <Link href="https://example.org" external locale="en">
        Example
      </Link>,
    );
    expect(screen.getByRole('link')).toHaveAccessibleName('Example (opens in a new tab)');
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' java\tscript:alert(1)',
    'data:text/html,<script>x</script>',
    'vbscript:x',
    '\u200Bjavascript:alert(1)',
    'java\u2028script:alert(1)',
    'file:///etc/passwd',
    'httpsx:alert(1)',
  ])('never puts the unsafe URL %j into the DOM', (href) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const html = renderToString(<Link href={href}>Klick</Link>);
    expect(html).not.toMatch(/href=/);
    expect(html.toLowerCase()).not.toContain('script:');
    expect(warn).toHaveBeenCalled();
  });

  it('keeps safe and relative URLs', () => {
    for (const href of [
      'https://muenchen.de',
      'http://x.de',
      '/pfad?x=1#a',
      '#inhalt',
      'mailto:a@b.de',
      'Mailto:a@b.de',
      'HTTPS://muenchen.de',
      'tel:+4989123',
      'seite-2.html',
      'seite.html',
      '?q=1',
    ]) {
      expect(safeHref(href)).toBe(href);
    }
  });
});
