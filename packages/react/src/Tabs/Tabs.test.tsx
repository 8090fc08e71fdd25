import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Tabs } from './Tabs.js';
import type { TabsItem } from './Tabs.js';

const items: TabsItem[] = [
  { id: 'antrag', label: 'Antrag', content: <p>Online in 10 Minuten.</p> },
  { id: 'unterlagen', label: 'Unterlagen', content: <p>Fahrzeugschein.</p> },
  { id: 'kosten', label: 'Kosten', content: <p>30 Euro im Jahr.</p> },
];

describeBasics('Tabs', {
  component: Tabs,
  rootClass: 'sk-tabs',
  rootTag: 'DIV',
  render: (extra) => <Tabs label="Bewohnerparkausweis" items={items} {...extra} />,
});

describe('Tabs: acceptance criteria (Tabs.mdx)', () => {
  it('Ohne JavaScript: the server renders a named list of links to every section, each with its heading', () => {
    const html = renderToString(
      <Tabs label="Bewohnerparkausweis" items={items} headingLevel={3} />,
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('[role]')).toBeNull();
    expect(doc.querySelector('ul')?.getAttribute('aria-label')).toBe('Bewohnerparkausweis');
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '#antrag',
      '#unterlagen',
      '#kosten',
    ]);
    expect([...doc.querySelectorAll('section > h3')].map((h) => h.textContent)).toEqual([
      'Antrag',
      'Unterlagen',
      'Kosten',
    ]);
    expect([...doc.querySelectorAll('section')].some((s) => s.hasAttribute('hidden'))).toBe(false);
  });

  it('Semantik: after mount a named tablist of tabs controlling tabpanels named by their tab', async () => {
    render(<Tabs label="Bewohnerparkausweis" items={items} />);
    const list = await screen.findByRole('tablist', { name: 'Bewohnerparkausweis' });
    expect(list).toBeInTheDocument();
    const tab = screen.getByRole('tab', { name: 'Antrag', selected: true });
    expect(screen.getByRole('tabpanel', { name: 'Antrag' })).toHaveAttribute(
      'id',
      tab.getAttribute('aria-controls'),
    );
  });

  it('Tastatur: arrow keys, Home and End move focus and selection; one tab is in the Tab order', async () => {
    render(<Tabs label="Bewohnerparkausweis" items={items} />);
    const first = await screen.findByRole('tab', { name: 'Antrag' });
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Unterlagen' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Unterlagen' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Kosten' })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(first).toHaveFocus();
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  });

  it('Auswahl: defaultSelected chooses the first panel and onSelect reports the user’s choice', async () => {
    const onSelect = vi.fn();
    render(
      <Tabs
        label="Bewohnerparkausweis"
        items={items}
        defaultSelected="kosten"
        onSelect={onSelect}
      />,
    );
    await waitFor(() => {
      expect(screen.getByRole('tab', { name: 'Kosten', selected: true })).toBeInTheDocument();
    });
    expect(screen.getByRole('tabpanel', { name: 'Kosten' })).toBeVisible();
    await userEvent.click(screen.getByRole('tab', { name: 'Antrag' }));
    expect(onSelect).toHaveBeenCalledWith('antrag');
    expect(screen.getByText('30 Euro im Jahr.')).not.toBeVisible();
  });

  it('Entwicklung: warns when the tab list has no label', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<Tabs label=" " items={items} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Tabs: pass a label'));
    warn.mockRestore();
  });
});
