import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Label } from './Label.js';

describeBasics('Label', {
  component: Label,
  rootClass: 'sk-label',
  rootTag: 'LABEL',
  render: (extra) => (
    <>
      <Label htmlFor="name" {...extra}>
        Name
      </Label>
      <input id="name" />
    </>
  ),
});

describe('Label', () => {
  it('marks required fields with the word, not an asterisk', () => {
    render(
      <>
        <Label htmlFor="a" required>
          Nachname
        </Label>
        <input id="a" />
      </>,
    );
    expect(screen.getByLabelText('Nachname (Pflichtfeld)')).toBeTruthy();
    expect(document.body.textContent).not.toContain('*');
  });

  it('marks optional fields and speaks English', () => {
    render(
      <>
        <Label htmlFor="b" optional locale="en">
          Phone
        </Label>
        <input id="b" />
        <Label htmlFor="c" required locale="en">
          Name
        </Label>
        <input id="c" />
      </>,
    );
    expect(screen.getByLabelText('Phone (optional)')).toBeTruthy();
    expect(screen.getByLabelText('Name (required)')).toBeTruthy();
  });
});
