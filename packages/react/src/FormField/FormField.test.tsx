import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Select } from '../Select/Select.js';
import { TextInput } from '../TextInput/TextInput.js';
import { Textarea } from '../Textarea/Textarea.js';
import { describeBasics } from '../test/basics.js';
import { FormField } from './FormField.js';

describeBasics('FormField', {
  component: FormField,
  rootClass: 'sk-form-field',
  rootTag: 'DIV',
  render: (extra) => (
    <FormField label="Nachname" hint="Wie im Ausweis" {...extra}>
      <TextInput name="nachname" />
    </FormField>
  ),
});

describe('FormField: acceptance criteria (FormField.mdx)', () => {
  it('Semantik: the label (with „(Pflichtfeld)“) names the field; hint then error describe it; with an error aria-invalid="true"', () => {
    render(
      <FormField
        label="E-Mail-Adresse"
        hint="Wir schicken Ihnen eine Bestätigung."
        error="Geben Sie eine E-Mail-Adresse ein."
        required
      >
        <TextInput type="email" name="email" />
      </FormField>,
    );
    const input = screen.getByRole('textbox', { name: 'E-Mail-Adresse (Pflichtfeld)' });
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      'Wir schicken Ihnen eine Bestätigung. Fehler: Geben Sie eine E-Mail-Adresse ein.',
    );
  });

  it('Server: renderToString gives complete HTML with matching ids, usable without JavaScript', () => {
    const html = renderToString(
      <FormField label="Postleitzahl" hint="5 Ziffern" error="Die Postleitzahl hat 5 Ziffern.">
        <TextInput type="numeric" name="plz" width={5} />
      </FormField>,
    );
    const forId = /<label[^>]*for="([^"]+)"/.exec(html)?.[1] ?? 'missing';
    const input = /<input[^>]*>/.exec(html)?.[0] ?? '';
    expect(input).toContain(`id="${forId}"`);
    const describedby = /aria-describedby="([^"]+)"/.exec(input)?.[1]?.split(' ') ?? [];
    expect(describedby).toHaveLength(2);
    expect(html).toContain(`<div class="sk-hint" id="${describedby[0] ?? ''}">5 Ziffern</div>`);
    expect(html).toMatch(new RegExp(`<p class="sk-error-message" id="${describedby[1] ?? ''}">`));
    expect(input).toContain('aria-invalid="true"');
    expect(input).toMatch(/inputmode="numeric"/i);
  });

  it('Tastatur: a click on the label focuses the field', async () => {
    const user = userEvent.setup();
    render(
      <FormField label="Vorname">
        <TextInput />
      </FormField>,
    );
    await user.click(screen.getByText('Vorname'));
    const input = screen.getByRole('textbox', { name: 'Vorname' });
    expect(input).toHaveFocus();
    await user.keyboard('Erika');
    expect(input).toHaveValue('Erika');
  });

  it('Darstellung: the error state sets sk-form-field--error (the bar at the start of the line)', () => {
    const { rerender } = render(
      <FormField label="Ort">
        <TextInput />
      </FormField>,
    );
    const field = screen.getByRole('textbox').closest('.sk-form-field');
    expect(field).not.toHaveClass('sk-form-field--error');
    rerender(
      <FormField label="Ort" error="Geben Sie Ihren Wohnort ein.">
        <TextInput />
      </FormField>,
    );
    expect(field).toHaveClass('sk-form-field--error');
  });
});

describe('FormField', () => {
  it('keeps an id and describedby the control already has', () => {
    render(
      <>
        <p id="extra">Zusatz</p>
        <FormField label="Ort" hint="Wohnort">
          <TextInput id="ort" aria-describedby="extra" />
        </FormField>
      </>,
    );
    const input = screen.getByRole('textbox', { name: 'Ort' });
    expect(input).toHaveAttribute('id', 'ort');
    expect(input).toHaveAccessibleDescription('Wohnort Zusatz');
  });

  it('works with Textarea and Select, and with optional fields', () => {
    render(
      <>
        <FormField label="Anliegen" optional>
          <Textarea />
        </FormField>
        <FormField label="Stadtbezirk">
          <Select>
            <option>Altstadt</option>
          </Select>
        </FormField>
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Anliegen (optional)' }).tagName).toBe('TEXTAREA');
    expect(screen.getByRole('combobox', { name: 'Stadtbezirk' }).tagName).toBe('SELECT');
  });
});
