import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Progress } from './Progress.js';

describeBasics('Progress', {
  component: Progress,
  rootClass: 'sk-progress',
  rootTag: 'DIV',
  refTag: 'PROGRESS',
  render: (extra) => <Progress label="Hochladen" value={40} {...extra} />,
});

describe('Progress', () => {
  it('is a named progressbar with its value as text', () => {
    render(<Progress label="Schritt 2 von 5" value={2} max={5} />);
    const bar = screen.getByRole('progressbar', { name: 'Schritt 2 von 5' });
    expect(bar.getAttribute('value')).toBe('2');
    expect(bar.getAttribute('aria-valuetext')).toBe('40 %');
    expect(screen.getByText('40 %')).toBeTruthy();
  });

  it('clamps the value and supports an indeterminate bar', () => {
    render(<Progress label="Prüfung läuft" />);
    expect(screen.getByRole('progressbar').hasAttribute('value')).toBe(false);
    const html = renderToString(<Progress label="x" value={150} />);
    expect(html).toContain('value="100"');
  });

  it('links label and bar by id on the server', () => {
    const html = renderToString(<Progress label="Hochladen" value={10} />);
    const forId = /for="([^"]+)"/.exec(html)?.[1];
    expect(forId).toBeTruthy();
    expect(html).toContain(`id="${forId ?? ''}"`);
  });
});
