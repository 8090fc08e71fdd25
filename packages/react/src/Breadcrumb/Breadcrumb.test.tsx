import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Breadcrumb } from './Breadcrumb.js';

const trail = [
  { label: 'Startseite', href: '/' },
  { label: 'Bürgerservice', href: '/buergerservice' },
  { label: 'Wohngeld beantragen' },
];

describeBasics('Breadcrumb', {
  component: Breadcrumb,
  rootClass: 'sk-breadcrumb',
  rootTag: 'NAV',
  render: (extra) => <Breadcrumb items={trail} {...extra} />,
});

describe('Breadcrumb: Akzeptanzkriterien', () => {
  it('Semantik: Navigation „Brotkrumennavigation“ mit einer geordneten Liste, eine Ebene je Eintrag', () => {
    render(<Breadcrumb items={trail} />);
    const nav = screen.getByRole('navigation', { name: 'Brotkrumennavigation' });
    const list = within(nav).getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  });

  it('Screenreader: die aktuelle Seite ist mit aria-current="page" markiert und kein Link', () => {
    render(<Breadcrumb items={trail} />);
    const current = screen.getByText('Wohngeld beantragen');
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('link', { name: 'Wohngeld beantragen' })).toBeNull();
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Startseite',
      'Bürgerservice',
    ]);
  });

  it('Screenreader: hat die aktuelle Seite ein href, trägt ihr Link aria-current="page"', () => {
    render(
      <Breadcrumb
        items={[
          { label: 'Startseite', href: '/' },
          { label: 'Kontakt', href: '/kontakt' },
        ]}
      />,
    );
    expect(screen.getByRole('link', { name: 'Kontakt' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Startseite' })).not.toHaveAttribute('aria-current');
  });

  it('Tastatur: die Links sind der Reihe nach mit Tab erreichbar', async () => {
    const user = userEvent.setup();
    render(<Breadcrumb items={trail} />);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Startseite' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Bürgerservice' })).toHaveFocus();
  });

  it('Sprache: „Breadcrumb“ mit locale="en", ein eigener Name ersetzt den Standard', () => {
    const { rerender } = render(<Breadcrumb items={trail} locale="en" />);
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toBeInTheDocument();
    rerender(<Breadcrumb items={trail} aria-label="Sie sind hier" />);
    expect(screen.getByRole('navigation', { name: 'Sie sind hier' })).toBeInTheDocument();
  });

  it('Fehler: ein Eintrag ohne href vor der aktuellen Seite oder nur ein Eintrag warnt in der Entwicklung', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<Breadcrumb items={[{ label: 'Rathaus' }, { label: 'Öffnungszeiten' }]} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('item 1 has no href'));
    render(<Breadcrumb items={[{ label: 'Nur eine Seite' }]} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('at least two items'));
  });
});
