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

describe('FormField', () => {
  it('names the control by its label and describes it by hint and error', () => {
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
    expect(input).toHaveProperty('required', true);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual([
      'Wir schicken Ihnen eine Bestätigung.',
      'Fehler: Geben Sie eine E-Mail-Adresse ein.',
    ]);
    expect(input.closest('.sk-form-field')?.className).toBe('sk-form-field sk-form-field--error');
  });

  it('renders complete HTML on the server: label for = input id, describedby names hint and error', () => {
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
    expect(input.id).toBe('ort');
    expect(input.getAttribute('aria-describedby')).toMatch(/-hint extra$/);
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

  it('focuses the control when the label is clicked and accepts typing', async () => {
    const user = userEvent.setup();
    render(
      <FormField label="Vorname">
        <TextInput />
      </FormField>,
    );
    await user.click(screen.getByText('Vorname'));
    await user.keyboard('Erika');
    expect(screen.getByRole('textbox', { name: 'Vorname' })).toHaveProperty('value', 'Erika');
  });
});
