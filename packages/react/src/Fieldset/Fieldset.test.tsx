import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Fieldset } from './Fieldset.js';

describeBasics('Fieldset', {
  component: Fieldset,
  rootClass: 'sk-fieldset',
  rootTag: 'FIELDSET',
  render: (extra) => (
    <Fieldset legend="Adresse" {...extra}>
      <label htmlFor="strasse">Straße</label>
      <input id="strasse" />
    </Fieldset>
  ),
});

describe('Fieldset', () => {
  it('is a group named by its legend and described by hint and error', () => {
    render(
      <Fieldset
        legend="Wie möchten Sie kontaktiert werden?"
        hint="Wählen Sie eine Option."
        error="Wählen Sie aus, wie wir Sie kontaktieren sollen."
        required
        legendSize="large"
      >
        <input type="radio" aria-label="Post" />
      </Fieldset>,
    );
    const group = screen.getByRole('group', {
      name: 'Wie möchten Sie kontaktiert werden? (Pflichtfeld)',
    });
    const described = (group.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual([
      'Wählen Sie eine Option.',
      'Fehler: Wählen Sie aus, wie wir Sie kontaktieren sollen.',
    ]);
    expect(group.className).toBe('sk-fieldset sk-fieldset--error');
    expect(group.querySelector('legend')?.className).toBe(
      'sk-fieldset__legend sk-fieldset__legend--large',
    );
  });
});
