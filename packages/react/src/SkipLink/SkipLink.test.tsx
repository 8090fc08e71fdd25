import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { SkipLink } from './SkipLink.js';

describeBasics('SkipLink', {
  component: SkipLink,
  rootClass: 'sk-skip-link',
  rootTag: 'A',
  render: (extra) => <SkipLink {...extra} />,
});

const page = (
  <>
    <SkipLink />
    <a href="/menu">Menü</a>
    <main id="main" tabIndex={-1}>
      Inhalt
    </main>
  </>
);

// Becoming visible on focus is CSS: checked in the browser by the stories' tests.
describe('SkipLink: acceptance criteria (SkipLink.mdx)', () => {
  it('Tastatur: the first Tab stop of the page; Enter jumps to the target', async () => {
    const user = userEvent.setup();
    render(page);
    await user.tab();
    const link = screen.getByRole('link', { name: 'Zum Inhalt springen' });
    expect(link).toHaveFocus();
    expect(link).toHaveAttribute('href', '#main');
  });

  it('Screenreader: „Link, Zum Inhalt springen“', () => {
    render(<SkipLink />);
    expect(screen.getByRole('link')).toHaveAccessibleName('Zum Inhalt springen');
  });

  it('Voraussetzung: the target (<main id="main" tabindex="-1">) exists', () => {
    render(page);
    const target = document.querySelector(
      screen.getByRole('link', { name: 'Zum Inhalt springen' }).getAttribute('href') ?? '',
    );
    expect(target).toBe(screen.getByRole('main'));
    expect(target).toHaveAttribute('tabindex', '-1');
  });
});

describe('SkipLink', () => {
  it('has an English default text and takes another target', () => {
    render(<SkipLink locale="en" href="#content" />);
    const link = screen.getByRole('link', { name: 'Skip to main content' });
    expect(link).toHaveAttribute('href', '#content');
  });
});
