import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Text } from './Text.js';

describeBasics('Text', {
  component: Text,
  rootClass: 'sk-text',
  rootTag: 'P',
  render: (extra) => <Text {...extra}>Bitte füllen Sie alle Felder aus.</Text>,
});

// Darstellung (line height, text spacing) is CSS: checked in the browser by the stories' tests.
describe('Text: acceptance criteria (Text.mdx)', () => {
  it('Semantik: <p> (or <span>/<div> with as); no role, no ARIA attributes', () => {
    const { rerender } = render(<Text>Absatz</Text>);
    expect(screen.getByText('Absatz').tagName).toBe('P');
    for (const tag of ['span', 'div'] as const) {
      rerender(
        <Text as={tag} variant="muted">
          Zuletzt geändert
        </Text>,
      );
      const element = screen.getByText('Zuletzt geändert');
      expect(element.tagName).toBe(tag.toUpperCase());
      expect(element).toHaveClass('sk-text sk-text--muted', { exact: true });
      expect(element.getAttributeNames()).toEqual(['class']);
    }
  });
});
