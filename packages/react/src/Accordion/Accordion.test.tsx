import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Accordion } from './Accordion.js';
import { AccordionSection } from './AccordionSection.js';

const sections = (open?: string) => [
  <AccordionSection
    key="unterlagen"
    id="unterlagen"
    title="Welche Unterlagen brauche ich?"
    defaultOpen={open === 'unterlagen'}
  >
    <p>Ausweis und Fahrzeugschein.</p>
  </AccordionSection>,
  <AccordionSection
    key="kosten"
    id="kosten"
    title="Was kostet der Ausweis?"
    defaultOpen={open === 'kosten'}
  >
    <p>30 Euro im Jahr.</p>
  </AccordionSection>,
];

const details = () => [...document.querySelectorAll('details')];

afterEach(() => {
  vi.restoreAllMocks();
});

describeBasics('Accordion', {
  component: Accordion,
  rootClass: 'sk-accordion',
  rootTag: 'DIV',
  render: (extra) => <Accordion {...extra}>{sections()}</Accordion>,
});

describeBasics('AccordionSection', {
  component: AccordionSection,
  rootClass: 'sk-accordion__section',
  rootTag: 'DETAILS',
  render: (extra) => (
    <AccordionSection title="Welche Unterlagen brauche ich?" {...extra}>
      <p>Ausweis</p>
    </AccordionSection>
  ),
});

describe('Accordion: acceptance criteria (Accordion.mdx)', () => {
  it('Semantik: each section is a native <details> whose <summary> holds a heading of the chosen level', () => {
    render(<Accordion headingLevel={2}>{sections()}</Accordion>);
    expect(details()).toHaveLength(2);
    for (const name of ['Welche Unterlagen brauche ich?', 'Was kostet der Ausweis?']) {
      const heading = screen.getByRole('heading', { level: 2, name });
      expect(heading.parentElement?.tagName).toBe('SUMMARY');
      expect(heading.parentElement?.parentElement?.tagName).toBe('DETAILS');
    }
    expect(details().map((section) => section.id)).toEqual(['unterlagen', 'kosten']);
  });

  it('Semantik: a section sets its own heading level when rendered through a component of your own', () => {
    const Own = () => (
      <AccordionSection title="Eigener Abschnitt" headingLevel={4}>
        x
      </AccordionSection>
    );
    render(
      <Accordion headingLevel={2}>
        {sections()}
        <Own />
      </Accordion>,
    );
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 4, name: 'Eigener Abschnitt' })).toBeVisible();
  });

  it('Ohne JavaScript: the server renders the sections closed (or open with defaultOpen) and the „Alle öffnen“ button hidden', () => {
    const html = renderToString(<Accordion>{sections('kosten')}</Accordion>);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect([...doc.querySelectorAll('details')].map((d) => d.hasAttribute('open'))).toEqual([
      false,
      true,
    ]);
    const button = doc.querySelector('.sk-accordion > button.sk-accordion__toggle-all');
    expect(button?.hasAttribute('hidden')).toBe(true);
    expect(button?.textContent).toBe('Alle öffnen');
    expect(doc.querySelectorAll('h3.sk-accordion__heading')).toHaveLength(2);
  });

  it('Tastatur: Tab reaches „Alle öffnen“ and then every summary (Enter and Space on them are native <details>, checked in Chromium by the behaviour spec)', async () => {
    const user = userEvent.setup();
    render(<Accordion>{sections()}</Accordion>);
    await screen.findByRole('button', { name: 'Alle öffnen' });
    await user.tab();
    expect(screen.getByRole('button', { name: 'Alle öffnen' })).toHaveFocus();
    for (const name of ['Welche Unterlagen brauche ich?', 'Was kostet der Ausweis?']) {
      await user.tab();
      expect(screen.getByRole('heading', { name }).parentElement).toHaveFocus();
    }
  });

  it('Tastatur: „Alle öffnen“ opens every section, then says „Alle schließen“ with aria-expanded, focus staying on it', async () => {
    const user = userEvent.setup();
    render(<Accordion>{sections()}</Accordion>);
    const button = await screen.findByRole('button', { name: 'Alle öffnen' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{Enter}');
    expect(details().map((d) => d.open)).toEqual([true, true]);
    expect(button).toHaveAccessibleName('Alle schließen');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveFocus();
    await user.keyboard(' ');
    expect(details().map((d) => d.open)).toEqual([false, false]);
    expect(button).toHaveAccessibleName('Alle öffnen');
  });

  it('Verlinkung: a link to a section (or into it) opens it and scrolls it into view', async () => {
    const scroll = vi
      .spyOn(HTMLElement.prototype, 'scrollIntoView')
      .mockImplementation(() => undefined);
    history.replaceState(null, '', '#kosten');
    try {
      render(<Accordion>{sections()}</Accordion>);
      await waitFor(() => {
        expect(details().map((d) => d.open)).toEqual([false, true]);
      });
      // Only that section is scrolled to (happy-dom may report the fragment twice).
      expect(scroll).toHaveBeenCalled();
      expect(new Set(scroll.mock.contexts)).toEqual(new Set([details()[1]]));
      const inside = screen.getByText('Ausweis und Fahrzeugschein.');
      inside.id = 'ausweis';
      location.hash = '#ausweis';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      expect(details().map((d) => d.open)).toEqual([true, true]);
    } finally {
      history.replaceState(null, '', '#');
    }
  });

  it('Sprache: German by default, English texts with locale="en"', async () => {
    const { unmount } = render(<Accordion>{sections()}</Accordion>);
    expect(await screen.findByRole('button', { name: 'Alle öffnen' })).toBeVisible();
    unmount();
    render(<Accordion locale="en">{sections()}</Accordion>);
    expect(document.querySelector('.sk-accordion')).toHaveAttribute('data-sk-locale', 'en');
    await userEvent.click(await screen.findByRole('button', { name: 'Open all' }));
    expect(screen.getByRole('button', { name: 'Close all' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('Entwicklung: warns when a section has no title text, or the accordion has no section', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <Accordion>
        <AccordionSection id="leer" title="">
          x
        </AccordionSection>
      </Accordion>,
    );
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('AccordionSection has no title text'),
    );
    render(<Accordion />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Accordion has no sections'));
  });
});
