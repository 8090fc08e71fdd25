import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Icon } from './Icon.js';
import { icons } from './icons.js';

describeBasics('Icon', {
  component: Icon,
  rootClass: 'sk-icon',
  rootTag: 'svg',
  render: (extra) => <Icon name="info" {...extra} />,
});

// Darstellung (currentcolor, forced colours) is CSS: checked in the browser by the stories' tests.
describe('Icon: acceptance criteria (Icon.mdx)', () => {
  it('Semantik: <svg focusable="false">; without label aria-hidden="true", with label role="img" and aria-label', () => {
    const { container, rerender } = render(<Icon name="check" />);
    const svg = container.querySelector('svg');
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg).toHaveAttribute('focusable', 'false');
    expect(screen.queryByRole('img')).toBeNull();
    rerender(<Icon name="warning" label="Warnung" />);
    const img = screen.getByRole('img', { name: 'Warnung' });
    expect(img).toHaveAttribute('focusable', 'false');
    expect(img).not.toHaveAttribute('aria-hidden');
  });

  it('Darstellung: sizes 16 px, 24 px or 1em through small, medium (default) and inherit', () => {
    const { container, rerender } = render(<Icon name="info" size="small" />);
    expect(container.querySelector('svg')).toHaveClass('sk-icon sk-icon--small', { exact: true });
    rerender(<Icon name="info" />);
    expect(container.querySelector('svg')).toHaveClass('sk-icon', { exact: true });
    rerender(<Icon name="info" size="inherit" />);
    expect(container.querySelector('svg')).toHaveClass('sk-icon sk-icon--inherit', { exact: true });
  });
});

describe('Icon', () => {
  it('draws every icon of the set from a path', () => {
    for (const [name, path] of Object.entries(icons)) {
      expect(path, name).toMatch(/^M[\d. ,a-zA-Z-]+$/);
    }
  });
});
