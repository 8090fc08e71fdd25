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

describe('Text', () => {
  it('renders variants and other elements', () => {
    render(
      <Text variant="muted" as="span">
        Zuletzt geändert
      </Text>,
    );
    const el = screen.getByText('Zuletzt geändert');
    expect(el.tagName).toBe('SPAN');
    expect(el.className).toBe('sk-text sk-text--muted');
  });
});
