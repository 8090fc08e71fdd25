import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { BackLink } from './BackLink.js';

describeBasics('BackLink', {
  component: BackLink,
  rootClass: 'sk-back-link',
  rootTag: 'A',
  render: (extra) => <BackLink href="/antrag/schritt-1" {...extra} />,
});

describe('BackLink: Akzeptanzkriterien', () => {
  it('Semantik: ein echter Link mit href zur vorherigen Seite', () => {
    render(<BackLink href="/antrag/schritt-1" />);
    expect(screen.getByRole('link', { name: 'Zurück' })).toHaveAttribute(
      'href',
      '/antrag/schritt-1',
    );
  });

  it('Tastatur: mit Tab erreichbar und mit Enter ausführbar', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn((event: { preventDefault: () => void }) => {
      event.preventDefault();
    });
    render(<BackLink href="/antrag/schritt-1" onClick={onClick} />);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Zurück' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('Screenreader: „Link, Zurück“; das Chevron ist Dekoration und wird nicht vorgelesen', () => {
    const { container } = render(<BackLink href="/" />);
    expect(screen.getByRole('link')).toHaveAccessibleName('Zurück');
    expect(container.querySelector('svg, img')).toBeNull();
  });

  it('Sprache: „Back“ mit locale="en", eigener Text ersetzt den Standardtext', () => {
    const { rerender } = render(<BackLink href="/" locale="en" />);
    expect(screen.getByRole('link', { name: 'Back' })).toBeInTheDocument();
    rerender(<BackLink href="/uebersicht">Zurück zur Übersicht</BackLink>);
    expect(screen.getByRole('link', { name: 'Zurück zur Übersicht' })).toBeInTheDocument();
  });

  it('Sicherheit: unsichere Adressen wie javascript: erreichen das DOM nie', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const html = renderToString(<BackLink href="javascript:history.back()" />);
    expect(html).not.toContain('href=');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('BackLink: the href'));
  });
});
