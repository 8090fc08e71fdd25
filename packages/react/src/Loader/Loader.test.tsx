import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Loader } from './Loader.js';

describeBasics('Loader', {
  component: Loader,
  rootClass: 'sk-loader',
  rootTag: 'DIV',
  render: (extra) => <Loader {...extra} />,
});

// Bewegung (the spinner stands still with prefers-reduced-motion) is CSS: checked in the browser.
describe('Loader: acceptance criteria (Loader.mdx)', () => {
  it('Semantik: role="status"; the spinner is aria-hidden; the text is visible or, with hideLabel, for screen readers only', () => {
    const { container, rerender } = render(<Loader />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^Wird geladen …$/);
    expect(container.querySelector('.sk-loader__spinner')).toHaveAttribute('aria-hidden', 'true');
    expect(status).not.toHaveClass('sk-loader--hidden-label');
    rerender(<Loader hideLabel />);
    expect(status).toHaveClass('sk-loader--hidden-label');
    expect(status).toHaveTextContent(/^Wird geladen …$/);
  });

  it('Screenreader: the text is announced when active becomes true (the status region stays in place)', () => {
    const { rerender } = render(<Loader active={false} />);
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    rerender(<Loader label="Ergebnisse werden geladen" />);
    expect(screen.getByRole('status')).toBe(status);
    expect(status).toHaveTextContent(/^Ergebnisse werden geladen$/);
  });
});

describe('Loader', () => {
  it('has an English default text', () => {
    render(<Loader locale="en" />);
    expect(screen.getByRole('status')).toHaveTextContent(/^Loading …$/);
  });
});
