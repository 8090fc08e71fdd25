import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Hint } from './Hint.js';

describeBasics('Hint', {
  component: Hint,
  rootClass: 'sk-hint',
  rootTag: 'DIV',
  render: (extra) => <Hint {...extra}>Zum Beispiel 80331</Hint>,
});

describe('Hint', () => {
  it('describes the control that references it', () => {
    render(
      <>
        <label htmlFor="plz">Postleitzahl</label>
        <input id="plz" aria-describedby="plz-hint" />
        <Hint id="plz-hint">Zum Beispiel 80331</Hint>
      </>,
    );
    expect(screen.getByLabelText('Postleitzahl').getAttribute('aria-describedby')).toBe('plz-hint');
    expect(screen.getByText('Zum Beispiel 80331').id).toBe('plz-hint');
  });
});
