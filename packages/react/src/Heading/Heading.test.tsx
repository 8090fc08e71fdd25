import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Heading } from './Heading.js';

describeBasics('Heading', {
  component: Heading,
  rootClass: 'sk-heading',
  rootTag: 'H2',
  render: (extra) => (
    <Heading level={2} {...extra}>
      Antrag stellen
    </Heading>
  ),
});

describe('Heading', () => {
  it('keeps the level independent of the visual size', () => {
    render(
      <Heading level={3} size="3x-large">
        Wohngeld
      </Heading>,
    );
    const heading = screen.getByRole('heading', { level: 3, name: 'Wohngeld' });
    expect(heading.className).toBe('sk-heading sk-heading--3x-large');
  });

  it('derives the size from the level by default', () => {
    render(<Heading level={1}>Startseite</Heading>);
    expect(screen.getByRole('heading', { level: 1 }).className).toContain('sk-heading--3x-large');
  });
});
