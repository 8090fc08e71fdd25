import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { ServiceNavigation } from './ServiceNavigation.js';

const items = [
  { label: 'Übersicht', href: '/wohngeld' },
  { label: 'Meine Anträge', href: '/wohngeld/antraege', current: true },
  { label: 'Hilfe', href: '/wohngeld/hilfe' },
];

describeBasics('ServiceNavigation', {
  component: ServiceNavigation,
  rootClass: 'sk-service-navigation',
  rootTag: 'NAV',
  render: (extra) => <ServiceNavigation items={items} {...extra} />,
});

describe('ServiceNavigation: Akzeptanzkriterien', () => {
  it('Semantik: Navigation „Servicenavigation“ mit einer Liste von Links', () => {
    render(<ServiceNavigation items={items} />);
    const nav = screen.getByRole('navigation', { name: 'Servicenavigation' });
    expect(within(within(nav).getByRole('list')).getAllByRole('link')).toHaveLength(3);
  });

  it('Screenreader: die aktuelle Seite hat aria-current="page", die anderen nicht', () => {
    render(<ServiceNavigation items={items} />);
    expect(screen.getByRole('link', { name: 'Meine Anträge' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('link', { name: 'Übersicht' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'Hilfe' })).not.toHaveAttribute('aria-current');
  });

  it('Tastatur: alle Links sind der Reihe nach mit Tab erreichbar, auch der aktuelle', async () => {
    const user = userEvent.setup();
    render(<ServiceNavigation items={items} />);
    for (const name of ['Übersicht', 'Meine Anträge', 'Hilfe']) {
      await user.tab();
      expect(screen.getByRole('link', { name })).toHaveFocus();
    }
  });

  it('Sprache: „Service navigation“ mit locale="en", ein eigener Name ersetzt den Standard', () => {
    const { rerender } = render(<ServiceNavigation items={items} locale="en" />);
    expect(screen.getByRole('navigation', { name: 'Service navigation' })).toBeInTheDocument();
    rerender(<ServiceNavigation items={items} aria-label="Wohngeld" />);
    expect(screen.getByRole('navigation', { name: 'Wohngeld' })).toBeInTheDocument();
  });

  it('Fehler: mehr als ein aktueller Eintrag warnt in der Entwicklung', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <ServiceNavigation
        items={[
          { label: 'A', href: '/a', current: true },
          { label: 'B', href: '/b', current: true },
        ]}
      />,
    );
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('more than one item is marked current'),
    );
  });
});
