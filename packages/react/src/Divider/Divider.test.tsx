import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Divider } from './Divider.js';

describeBasics('Divider', {
  component: Divider,
  rootClass: 'sk-divider',
  rootTag: 'HR',
  render: (extra) => <Divider {...extra} />,
});

// Darstellung (forced colours) is CSS: checked in the browser by the stories' tests.
describe('Divider: acceptance criteria (Divider.mdx)', () => {
  it('Semantik: a native <hr> (role separator)', () => {
    render(<Divider />);
    const separator = screen.getByRole('separator');
    expect(separator.tagName).toBe('HR');
    expect(separator).toHaveClass('sk-divider', { exact: true });
  });
});
