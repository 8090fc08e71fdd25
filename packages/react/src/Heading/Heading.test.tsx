import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Heading } from './Heading.js';
import type { HeadingLevel } from './Heading.js';

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

// Darstellung (word breaks, rem sizes) is CSS: checked in the browser by the stories' tests.
describe('Heading: acceptance criteria (Heading.mdx)', () => {
  it('Semantik: renders <h1>–<h6> by level, with the class sk-heading and a size modifier', () => {
    const sizes = ['3x-large', '2x-large', 'x-large', 'large', 'medium', 'small'];
    const { rerender } = render(<Heading level={1}>Titel</Heading>);
    for (const [index, size] of sizes.entries()) {
      const level = (index + 1) as HeadingLevel;
      rerender(<Heading level={level}>Titel</Heading>);
      expect(screen.getByRole('heading', { level })).toHaveClass(`sk-heading sk-heading--${size}`, {
        exact: true,
      });
    }
    rerender(
      <Heading level={3} size="3x-large">
        Wohngeld
      </Heading>,
    );
    expect(screen.getByRole('heading', { level: 3 })).toHaveClass('sk-heading--3x-large');
  });

  it('Screenreader: announced as „Überschrift Ebene N“ and reachable by heading navigation', () => {
    render(
      <>
        <Heading level={1}>Wohngeld</Heading>
        <Heading level={2}>Voraussetzungen</Heading>
      </>,
    );
    expect(screen.getAllByRole('heading').map((h) => [h.tagName, h.textContent])).toEqual([
      ['H1', 'Wohngeld'],
      ['H2', 'Voraussetzungen'],
    ]);
  });
});
