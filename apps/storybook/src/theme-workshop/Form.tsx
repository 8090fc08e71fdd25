// The brand decisions: name, id, brand colour, tint of the greys, font, radius and the action-colour choice.
import { useId } from 'react';
import { FormField, Radio, RadioGroup, Select, TextInput } from '@stadtkern/react';
import { isThemeColour } from '@stadtkern/tokens/engine';
import { RADII, SELF_HOSTED_FONTS, themeIdFrom } from './state';
import type { FieldErrors, Input } from './state';

export function ThemeForm({
  input,
  errors,
  set,
}: {
  input: Input;
  errors: FieldErrors;
  set: (patch: Partial<Input>) => void;
}) {
  return (
    <form
      aria-label="Markenangaben"
      onSubmit={(event) => {
        event.preventDefault();
      }}
      style={{ display: 'grid', gap: 'var(--sk-metric-space-medium)', maxInlineSize: '40rem' }}
    >
      <FormField label="Name der Stadt oder des Landes" error={errors.name}>
        <TextInput
          value={input.name}
          autoComplete="off"
          onChange={(e) => {
            const name = e.target.value;
            set(input.idEdited ? { name } : { name, id: themeIdFrom(name) });
          }}
        />
      </FormField>
      <FormField
        label="Theme-ID"
        hint="Der Ordnername unter packages/tokens/themes/ – Kleinbuchstaben und Bindestriche."
        error={errors.id}
      >
        <TextInput
          value={input.id}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            set({ id: e.target.value, idEdited: true });
          }}
        />
      </FormField>
      <ColourField
        label="Markenfarbe"
        hint="Hex-Farbe mit 6 Stellen, zum Beispiel #005a9f."
        value={input.primary}
        error={errors.primary}
        onChange={(primary) => {
          set({ primary });
        }}
      />
      <ColourField
        label="Farbton der Grautöne"
        hint="Freiwillig. Leer: die Grautöne bekommen einen Hauch der Markenfarbe."
        value={input.neutral}
        error={errors.neutral}
        optional
        fallback={isThemeColour(input.primary) ? input.primary : undefined}
        onChange={(neutral) => {
          set({ neutral });
        }}
      />
      <FormField label="Schrift" hint="Eine der Schriften, die Stadtkern selbst ausliefert.">
        <Select
          value={input.font}
          onChange={(e) => {
            set({ font: e.target.value });
          }}
        >
          {SELF_HOSTED_FONTS.map((font) => (
            <option key={font} value={font}>
              {font}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField label="Eckenradius">
        <Select
          value={input.radius}
          onChange={(e) => {
            set({ radius: e.target.value });
          }}
        >
          {RADII.map((radius) => (
            <option key={radius} value={radius}>
              {radius}
            </option>
          ))}
        </Select>
      </FormField>
      <RadioGroup legend="Aktionsfarbe (Schaltflächen und Links)" name="aktionsfarbe">
        <Radio
          label="Wie der Theme-Befehl"
          hint="Die Markenfarbe füllt die Schaltflächen, wenn weiße Schrift auf ihr 4,5 : 1 erreicht; Links und farbiger Text bekommen die nächste Stufe, die auf allen Flächen besteht."
          value="command"
          checked={input.action === 'command'}
          onChange={() => {
            set({ action: 'command' });
          }}
        />
        <Radio
          label="Genau die Markenfarbe überall"
          hint="Auch für Links und farbigen Text. Zeigt, welche Paare sie nicht besteht; der Theme-Befehl würde anders entscheiden."
          value="brand"
          checked={input.action === 'brand'}
          onChange={() => {
            set({ action: 'brand' });
          }}
        />
      </RadioGroup>
    </form>
  );
}

/**
 * A colour as hex text with the browser's colour picker beside it; both edit the same value. A picker cannot be
 * empty: while the text field is, it shows `fallback` (the colour the theme uses instead), not black.
 */
function ColourField({
  label,
  hint,
  value,
  error,
  optional = false,
  fallback,
  onChange,
}: {
  label: string;
  hint: string;
  value: string;
  error?: string;
  optional?: boolean;
  fallback?: string;
  onChange: (value: string) => void;
}) {
  const picker = useId();
  return (
    <div
      style={{
        display: 'flex',
        gap: 'var(--sk-metric-space-small)',
        alignItems: 'end',
        flexWrap: 'wrap',
      }}
    >
      <FormField label={label} hint={hint} error={error} optional={optional}>
        <TextInput
          value={value}
          width={10}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            onChange(e.target.value.trim());
          }}
        />
      </FormField>
      <div className="sk-form-field">
        <label className="sk-label" htmlFor={picker}>
          {label}: Farbwähler
        </label>
        <input
          id={picker}
          type="color"
          value={(isThemeColour(value) ? value : (fallback ?? '#000000')).toLowerCase()}
          onChange={(e) => {
            onChange(e.target.value);
          }}
          style={{ blockSize: '2.75rem', inlineSize: '4rem' }}
        />
      </div>
    </div>
  );
}
