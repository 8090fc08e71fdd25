import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

describe('Label: acceptance criteria (Label.mdx)', () => {
  it("Semantik: <label for> points at the field's id; a click on the label focuses the field", async () => {
    const user = userEvent.setup();
    render(
      <>
        <Label htmlFor="ort">Ort</Label>
        <input id="ort" />
      </>,
    );
    expect(screen.getByText('Ort')).toHaveAttribute('for', 'ort');
    await user.click(screen.getByText('Ort'));
    expect(screen.getByRole('textbox')).toHaveFocus();
  });

  it("Screenreader: the label text with its marker is the field's name", () => {
    render(
      <>
        <Label htmlFor="a" required>
          Nachname
        </Label>
        <input id="a" />
        <Label htmlFor="b" optional>
          Telefon
        </Label>
        <input id="b" />
      </>,
    );
    expect(screen.getAllByRole('textbox').map((field) => field.id)).toEqual(['a', 'b']);
    expect(screen.getAllByRole('textbox')[0]).toHaveAccessibleName('Nachname (Pflichtfeld)');
    expect(screen.getAllByRole('textbox')[1]).toHaveAccessibleName('Telefon (optional)');
  });
});

describe('Label', () => {
  it('marks required fields with the word, not an asterisk', () => {
    const { container } = render(<Label required>Nachname</Label>);
    expect(container).not.toHaveTextContent('*');
  });

  it('speaks English', () => {
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
    expect(screen.getAllByRole('textbox').map((field) => field.getAttribute('id'))).toEqual([
      'b',
      'c',
    ]);
    expect(screen.getAllByRole('textbox')[0]).toHaveAccessibleName('Phone (optional)');
    expect(screen.getAllByRole('textbox')[1]).toHaveAccessibleName('Name (required)');
  });
});
