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

describe('Loader', () => {
  it('is a status region that holds its text while active', () => {
    const { rerender } = render(<Loader active={false} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    rerender(<Loader label="Ergebnisse werden geladen" />);
    expect(screen.getByRole('status')).toBe(status);
    expect(status.textContent).toBe('Ergebnisse werden geladen');
  });

  it('has German and English default texts and can hide them visually', () => {
    const { rerender } = render(<Loader />);
    expect(screen.getByRole('status').textContent).toBe('Wird geladen …');
    rerender(<Loader locale="en" hideLabel />);
    expect(screen.getByRole('status').textContent).toBe('Loading …');
    expect(screen.getByRole('status').className).toBe('sk-loader sk-loader--hidden-label');
  });
});
