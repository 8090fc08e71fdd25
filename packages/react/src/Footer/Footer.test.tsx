import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Footer } from './Footer.js';

const groups = [
  {
    heading: 'Rechtliches',
    links: [
      { label: 'Impressum', href: '/impressum' },
      { label: 'Datenschutz', href: '/datenschutz' },
      { label: 'Erklärung zur Barrierefreiheit', href: '/barrierefreiheit' },
    ],
  },
  {
    heading: 'Hilfe',
    links: [
      { label: 'Kontakt', href: '/kontakt' },
      { label: 'Leichte Sprache', href: '/leichte-sprache' },
      { label: 'Gebärdensprache', href: '/gebaerdensprache' },
    ],
  },
];

describeBasics('Footer', {
  component: Footer,
  rootClass: 'sk-footer',
  rootTag: 'FOOTER',
  render: (extra) => <Footer groups={groups} meta="© 2026 Stadt Musterstadt" {...extra} />,
});

// Darstellung (columns, wrapping, forced colours) is CSS: checked in the browser by the stories' tests.
describe('Footer: Akzeptanzkriterien', () => {
  it('Semantik: ein <footer>-Landmark (contentinfo) mit Linkgruppen aus Überschrift und Liste', () => {
    render(<Footer groups={groups} />);
    const footer = screen.getByRole('contentinfo');
    const headings = within(footer).getAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual(['Rechtliches', 'Hilfe']);
    const lists = within(footer).getAllByRole('list');
    expect(within(lists[0] as HTMLElement).getAllByRole('link')).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'Erklärung zur Barrierefreiheit' })).toHaveAttribute(
      'href',
      '/barrierefreiheit',
    );
  });

  it('Semantik: die Überschriftenebene passt sich der Gliederung an (headingLevel)', () => {
    render(<Footer groups={groups} headingLevel={3} />);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(2);
  });

  it('Inhalt: die Metazeile mit Lizenz und Copyright und das Logo der Stadt stehen unter den Gruppen', () => {
    render(
      <Footer
        groups={groups}
        logo={<img src="/logo.svg" alt="Stadt Musterstadt" />}
        meta="© 2026 Stadt Musterstadt · Inhalte unter CC BY 4.0"
      />,
    );
    const meta = screen.getByText('© 2026 Stadt Musterstadt · Inhalte unter CC BY 4.0');
    expect(meta.tagName).toBe('P');
    expect(screen.getByRole('img', { name: 'Stadt Musterstadt' })).toBeInTheDocument();
  });

  it('Die Links sind nicht fest eingebaut: ohne Gruppen gibt es keine Links und keine leere Liste', () => {
    render(<Footer meta="© 2026 Stadt Musterstadt" />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('Tastatur: alle Links sind der Reihe nach mit Tab erreichbar', async () => {
    const user = userEvent.setup();
    render(<Footer groups={groups} />);
    for (const name of ['Impressum', 'Datenschutz', 'Erklärung zur Barrierefreiheit', 'Kontakt']) {
      await user.tab();
      expect(screen.getByRole('link', { name })).toHaveFocus();
    }
  });
});
