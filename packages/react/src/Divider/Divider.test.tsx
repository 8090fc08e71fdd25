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

describe('Divider', () => {
  it('is a separator', () => {
    render(<Divider />);
    expect(screen.getByRole('separator').className).toBe('sk-divider');
  });
});
