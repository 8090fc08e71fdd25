import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Badge } from './Badge.js';

describeBasics('Badge', {
  component: Badge,
  rootClass: 'sk-badge',
  rootTag: 'SPAN',
  render: (extra) => <Badge {...extra}>Neu</Badge>,
});

describe('Badge', () => {
  it('sets the variant modifier', () => {
    render(<Badge variant="success">Genehmigt</Badge>);
    expect(screen.getByText('Genehmigt').className).toBe('sk-badge sk-badge--success');
  });
});
