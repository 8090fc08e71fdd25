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

describe('SkipLink', () => {
  it('is the first Tab stop and points at the main content', async () => {
    const user = userEvent.setup();
    render(
      <>
        <SkipLink />
        <a href="/menu">Menü</a>
        <main id="main" tabIndex={-1}>
          Inhalt
        </main>
      </>,
    );
    await user.tab();
    const link = screen.getByRole('link', { name: 'Zum Inhalt springen' });
    expect(document.activeElement).toBe(link);
    expect(link.getAttribute('href')).toBe('#main');
  });

  it('has an English default text', () => {
    render(<SkipLink locale="en" href="#content" />);
    expect(screen.getByRole('link', { name: 'Skip to main content' }).getAttribute('href')).toBe(
      '#content',
    );
  });
});
