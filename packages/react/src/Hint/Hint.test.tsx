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

// Darstellung (muted colour, 4.5:1) is CSS: checked by the token contrast gate and in the browser.
describe('Hint: acceptance criteria (Hint.mdx)', () => {
  it("Screenreader: read after the field's name as its description", () => {
    render(
      <>
        <label htmlFor="plz">Postleitzahl</label>
        <input id="plz" aria-describedby="plz-hint" />
        <Hint id="plz-hint">Zum Beispiel 80331</Hint>
      </>,
    );
    const input = screen.getByRole('textbox', { name: 'Postleitzahl' });
    expect(input).toHaveAccessibleDescription('Zum Beispiel 80331');
  });
});
