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

describe('Fieldset: acceptance criteria (Fieldset.mdx)', () => {
  it('Semantik: <fieldset> with <legend>; screen readers announce „Gruppe, Ihre Anschrift“', () => {
    render(
      <Fieldset legend="Ihre Anschrift" legendSize="large">
        <label htmlFor="ort">Ort</label>
        <input id="ort" />
      </Fieldset>,
    );
    const group = screen.getByRole('group', { name: 'Ihre Anschrift' });
    expect(group.tagName).toBe('FIELDSET');
    expect(screen.getByText('Ihre Anschrift').tagName).toBe('LEGEND');
    expect(screen.getByText('Ihre Anschrift')).toHaveClass(
      'sk-fieldset__legend sk-fieldset__legend--large',
      { exact: true },
    );
  });

  it('Fehler: the error message is inside the group and describes it; the group gets the error bar', () => {
    render(
      <Fieldset
        legend="Wie möchten Sie kontaktiert werden?"
        hint="Wählen Sie eine Option."
        error="Wählen Sie aus, wie wir Sie kontaktieren sollen."
      >
        <input type="radio" aria-label="Post" />
      </Fieldset>,
    );
    const group = screen.getByRole('group');
    expect(group).toContainElement(
      screen.getByText('Wählen Sie aus, wie wir Sie kontaktieren sollen.'),
    );
    expect(group).toHaveAccessibleDescription(
      'Wählen Sie eine Option. Fehler: Wählen Sie aus, wie wir Sie kontaktieren sollen.',
    );
    expect(group).toHaveClass('sk-fieldset--error');
  });
});

describe('Fieldset', () => {
  it('marks the legend as required or optional, in German or English', () => {
    const { rerender } = render(<Fieldset legend="Kontakt" required />);
    expect(screen.getByRole('group')).toHaveAccessibleName('Kontakt (Pflichtfeld)');
    rerender(<Fieldset legend="Contact" optional locale="en" />);
    expect(screen.getByRole('group')).toHaveAccessibleName('Contact (optional)');
  });

  it('keeps an aria-describedby of its own after hint and error', () => {
    render(
      <>
        <p id="extra">Zusatz</p>
        <Fieldset legend="Kontakt" hint="Eine Option" aria-describedby="extra" />
      </>,
    );
    expect(screen.getByRole('group')).toHaveAccessibleDescription('Eine Option Zusatz');
  });
});
