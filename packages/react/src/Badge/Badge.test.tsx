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

// Darstellung (contrast, forced colours) is CSS: checked in the browser by the stories' tests.
describe('Badge: acceptance criteria (Badge.mdx)', () => {
  it('Semantik: a <span> without a role; its text is read as normal text', () => {
    render(
      <p>
        Status: <Badge variant="success">Genehmigt</Badge>
      </p>,
    );
    const badge = screen.getByText('Genehmigt');
    expect(badge.tagName).toBe('SPAN');
    expect(badge).not.toHaveAttribute('role');
    expect(badge).toHaveClass('sk-badge sk-badge--success', { exact: true });
    expect(screen.getByRole('paragraph')).toHaveTextContent('Status: Genehmigt');
  });

  it('Semantik: the strong variant (filled in the action colour) only sets its modifier class; the text says the status', () => {
    render(<Badge variant="strong">Nicht begonnen</Badge>);
    const badge = screen.getByText('Nicht begonnen');
    expect(badge).toHaveClass('sk-badge sk-badge--strong', { exact: true });
    expect(badge).not.toHaveAttribute('role');
  });
});
