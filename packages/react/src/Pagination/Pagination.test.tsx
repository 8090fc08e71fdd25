import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Pagination } from './Pagination.js';

const hrefFor = (page: number) => `/antraege?seite=${String(page)}`;

describeBasics('Pagination', {
  component: Pagination,
  rootClass: 'sk-pagination',
  rootTag: 'NAV',
  render: (extra) => <Pagination page={3} pageCount={12} hrefFor={hrefFor} {...extra} />,
});

// Darstellung (compact form below 30rem, current page filled, forced colours) is CSS: checked in the browser by
// the stories' tests.
describe('Pagination: Akzeptanzkriterien', () => {
  it('Semantik: Navigation „Seitennummerierung“ mit einer Liste von Seitenlinks, die Adressen kommen aus hrefFor', () => {
    render(<Pagination page={3} pageCount={12} hrefFor={hrefFor} />);
    const nav = screen.getByRole('navigation', { name: 'Seitennummerierung' });
    const list = within(nav).getByRole('list');
    expect(within(list).getByRole('link', { name: 'Seite 12' })).toHaveAttribute(
      'href',
      '/antraege?seite=12',
    );
  });

  it('Screenreader: „Vorherige Seite“ und „Nächste Seite“ sagen, wohin sie führen, optional mit dem Inhalt der Seite', () => {
    const { rerender } = render(<Pagination page={3} pageCount={12} hrefFor={hrefFor} />);
    expect(screen.getByRole('link', { name: 'Vorherige Seite' })).toHaveAttribute(
      'href',
      '/antraege?seite=2',
    );
    expect(screen.getByRole('link', { name: 'Nächste Seite' })).toHaveAttribute('rel', 'next');
    rerender(
      <Pagination
        page={3}
        pageCount={12}
        hrefFor={hrefFor}
        previousPageLabel="Anträge 11–20"
        nextPageLabel="Anträge 31–40"
      />,
    );
    // Direction and page label joined by a space, with no hidden separator that browsers would pad.
    expect(screen.getByRole('link', { name: 'Vorherige Seite Anträge 11–20' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nächste Seite Anträge 31–40' })).toBeInTheDocument();
  });

  it('Screenreader: die aktuelle Seite hat aria-current="page", Seitenlinks heißen „Seite 3“', () => {
    render(<Pagination page={3} pageCount={12} hrefFor={hrefFor} />);
    expect(screen.getByRole('link', { name: 'Seite 3' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Seite 4' })).not.toHaveAttribute('aria-current');
  });

  it('Lange Bereiche: erste, letzte, aktuelle Seite ±1 und Auslassungspunkte dazwischen', () => {
    render(<Pagination page={6} pageCount={12} hrefFor={hrefFor} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['1', '…', '5', '6', '7', '…', '12']);
  });

  it('Auf der ersten Seite gibt es keinen Link „Vorherige Seite“, auf der letzten keinen Link „Nächste Seite“', () => {
    const { rerender } = render(<Pagination page={1} pageCount={4} hrefFor={hrefFor} />);
    expect(screen.queryByRole('link', { name: /Vorherige Seite/ })).toBeNull();
    rerender(<Pagination page={4} pageCount={4} hrefFor={hrefFor} />);
    expect(screen.queryByRole('link', { name: /Nächste Seite/ })).toBeNull();
  });

  it('Kompakt: „Seite 3 von 12“ steht zwischen den Links; die Variante compact blendet die Seitenlinks aus', () => {
    render(<Pagination page={3} pageCount={12} hrefFor={hrefFor} variant="compact" />);
    expect(screen.getByText('Seite 3 von 12')).toBeInTheDocument();
    expect(screen.getByRole('navigation')).toHaveClass('sk-pagination sk-pagination--compact');
  });

  it('Tastatur: Vorherige Seite, die Seitenlinks und Nächste Seite sind der Reihe nach mit Tab erreichbar', async () => {
    const user = userEvent.setup();
    render(<Pagination page={2} pageCount={3} hrefFor={hrefFor} />);
    for (const name of ['Vorherige Seite', 'Seite 1', 'Seite 2', 'Seite 3', 'Nächste Seite']) {
      await user.tab();
      expect(screen.getByRole('link', { name })).toHaveFocus();
    }
  });

  it('Sprache: englische Texte mit locale="en"', () => {
    render(<Pagination page={3} pageCount={12} hrefFor={hrefFor} locale="en" />);
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Previous page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('Page 3 of 12')).toBeInTheDocument();
  });

  it('Fehler: eine Seite außerhalb von 1 bis pageCount bricht mit einer klaren Meldung ab', () => {
    expect(() => render(<Pagination page={13} pageCount={12} hrefFor={hrefFor} />)).toThrow(
      'pagination: page must be a whole number from 1 to 12, got 13',
    );
  });
});
