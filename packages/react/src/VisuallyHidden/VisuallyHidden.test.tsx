import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { VisuallyHidden } from './VisuallyHidden.js';

describeBasics('VisuallyHidden', {
  component: VisuallyHidden,
  rootClass: 'sk-visually-hidden',
  rootTag: 'SPAN',
  render: (extra) => <VisuallyHidden {...extra}>für Ihren Antrag</VisuallyHidden>,
});

// Taking no space is CSS: checked in the browser by the stories' tests.
describe('VisuallyHidden: acceptance criteria (VisuallyHidden.mdx)', () => {
  it('Semantik: a <span>; its text is part of the accessible name of the surrounding element', () => {
    render(
      <a href="/aendern">
        Ändern <VisuallyHidden>der Adresse</VisuallyHidden>
      </a>,
    );
    expect(screen.getByRole('link')).toHaveAccessibleName('Ändern der Adresse');
    expect(screen.getByText('der Adresse').tagName).toBe('SPAN');
  });

  it('Darstellung: with focusable it gets the class that shows it while focused', () => {
    const { rerender } = render(<VisuallyHidden>x</VisuallyHidden>);
    expect(screen.getByText('x')).not.toHaveClass('sk-visually-hidden--focusable');
    rerender(<VisuallyHidden focusable>x</VisuallyHidden>);
    expect(screen.getByText('x')).toHaveClass('sk-visually-hidden sk-visually-hidden--focusable', {
      exact: true,
    });
  });
});
