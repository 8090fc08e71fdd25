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

// Darstellung (border 3:1, forced colours) is CSS: checked in the browser by the stories' tests.
describe('Progress: acceptance criteria (Progress.mdx)', () => {
  it('Semantik: role progressbar, named by the label, with the value as aria-valuetext', () => {
    render(<Progress label="Schritt 2 von 5" value={2} max={5} />);
    const bar = screen.getByRole('progressbar', { name: 'Schritt 2 von 5' });
    expect(bar).toHaveAttribute('value', '2');
    expect(bar).toHaveAttribute('aria-valuetext', '40\u00a0%');
  });

  it('Screenreader: „Hochladen von mietvertrag.pdf, Fortschrittsanzeige, 40 %“ — the visible value is not read twice', () => {
    render(<Progress label="Hochladen von mietvertrag.pdf" value={40} />);
    expect(screen.getByRole('progressbar')).toHaveAccessibleName('Hochladen von mietvertrag.pdf');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '40\u00a0%');
    expect(screen.getByText('40\u00a0%', { normalizer: (text) => text })).toHaveAttribute(
      'aria-hidden',
      'true',
    );
  });

  it('Sprache: „40 %“ mit geschütztem Leerzeichen auf Deutsch, „40%“ mit locale="en"', () => {
    const { rerender } = render(<Progress label="Hochladen" value={40} />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '40\u00a0%');
    rerender(<Progress label="Uploading" value={40} locale="en" />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '40%');
    expect(screen.getByText('40%')).toHaveAttribute('aria-hidden', 'true');
    rerender(<Progress label="Uploading" value={1} max={3} locale="en" />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '33%');
  });
});

describe('Progress', () => {
  it('clamps the value and supports an indeterminate bar', () => {
    render(<Progress label="Prüfung läuft" />);
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('value');
    expect(renderToString(<Progress label="x" value={150} />)).toContain('value="100"');
  });

  it('links label and bar by id on the server', () => {
    const html = renderToString(<Progress label="Hochladen" value={10} />);
    const forId = /for="([^"]+)"/.exec(html)?.[1] ?? 'missing';
    expect(html).toContain(`id="${forId}"`);
  });
});
