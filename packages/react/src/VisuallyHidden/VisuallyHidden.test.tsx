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

describe('VisuallyHidden', () => {
  it('adds its text to the accessible name of a link', () => {
    render(
      <a href="/aendern">
        Ändern <VisuallyHidden>der Adresse</VisuallyHidden>
      </a>,
    );
    expect(screen.getByRole('link', { name: 'Ändern der Adresse' })).toBeTruthy();
  });

  it('can become visible on focus', () => {
    render(<VisuallyHidden focusable>x</VisuallyHidden>);
    expect(screen.getByText('x').className).toBe(
      'sk-visually-hidden sk-visually-hidden--focusable',
    );
  });
});
