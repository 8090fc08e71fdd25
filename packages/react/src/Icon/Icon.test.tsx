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

describe('Icon', () => {
  it('is decorative (hidden) without a label', () => {
    const { container } = render(<Icon name="check" />);
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.getAttribute('focusable')).toBe('false');
  });

  it('is an image with a name when it has a label', () => {
    render(<Icon name="warning" label="Warnung" size="small" />);
    const img = screen.getByRole('img', { name: 'Warnung' });
    expect(img.getAttribute('class')).toBe('sk-icon sk-icon--small');
  });

  it('draws every icon of the set from a path', () => {
    for (const [name, path] of Object.entries(icons)) {
      expect(path, name).toMatch(/^M[\d. ,a-zA-Z-]+$/);
    }
  });
});
