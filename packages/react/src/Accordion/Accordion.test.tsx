import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Accordion } from './Accordion.js';
import type { AccordionItem } from './Accordion.js';

const items: AccordionItem[] = [
  {
    id: 'unterlagen',
    title: 'Welche Unterlagen brauche ich?',
    content: <p>Ausweis und Fahrzeugschein.</p>,
  },
  { id: 'kosten', title: 'Was kostet der Ausweis?', content: <p>30 Euro im Jahr.</p> },
];

describeBasics('Accordion', {
  component: Accordion,
  rootClass: 'sk-accordion',
  rootTag: 'DIV',
  render: (extra) => <Accordion items={items} {...extra} />,
});

const sections = () => [...document.querySelectorAll('details')];

describe('Accordion: acceptance criteria (Accordion.mdx)', () => {
  it('Semantik: each section is a native <details> whose <summary> holds a heading of the chosen level', () => {
    render(<Accordion items={items} headingLevel={2} />);
    expect(sections()).toHaveLength(2);
    const heading = screen.getByRole('heading', {
      level: 2,
      name: 'Welche Unterlagen brauche ich?',
    });
    expect(heading.parentElement?.tagName).toBe('SUMMARY');
    expect(heading.closest('details')).toHaveAttribute('id', 'unterlagen');
  });

  it('Ohne JavaScript: the server renders the sections closed (or open with defaultOpen) and the „Alle öffnen“ button hidden', () => {
    const html = renderToString(
      <Accordion
        items={[items[0] as AccordionItem, { ...(items[1] as AccordionItem), defaultOpen: true }]}
      />,
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect([...doc.querySelectorAll('details')].map((d) => d.hasAttribute('open'))).toEqual([
      false,
      true,
    ]);
    expect(doc.querySelector('.sk-accordion__toggle-all')?.hasAttribute('hidden')).toBe(true);
  });

  it('Tastatur: „Alle öffnen“ opens every section and then says „Alle schließen“', async () => {
    render(<Accordion items={items} />);
    const button = await screen.findByRole('button', { name: 'Alle öffnen' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(sections().map((d) => d.open)).toEqual([true, true]);
    expect(button).toHaveAccessibleName('Alle schließen');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveFocus();
  });

  it('Verlinkung: a link to a section opens it', async () => {
    history.replaceState(null, '', '#kosten');
    try {
      render(<Accordion items={items} />);
      await waitFor(() => {
        expect(sections().map((d) => d.open)).toEqual([false, true]);
      });
    } finally {
      history.replaceState(null, '', '#');
    }
  });

  it('Sprache: English texts with locale="en"', async () => {
    render(<Accordion items={items} locale="en" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Open all' }));
    expect(screen.getByRole('button', { name: 'Close all' })).toBeInTheDocument();
  });

  it('Entwicklung: warns when a section has no title text', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<Accordion items={[{ id: 'leer', title: '', content: 'x' }]} />);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('Accordion: section 1 has no title text'),
    );
    warn.mockRestore();
  });
});
