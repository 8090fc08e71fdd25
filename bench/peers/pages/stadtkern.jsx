// Stadtkern's pages for `pnpm bench`. FormPage is also the page of the form-page budget in the test run
// (packages/react/scripts/check-form-page-budget.mjs).
import { Alert, Button, Checkbox, FormField, Link, TextInput } from '@stadtkern/react';

export function FormPage() {
  return (
    <form noValidate>
      <Alert title="Hinweis">Halten Sie Ihren Ausweis bereit.</Alert>
      <FormField
        label="Nachname"
        hint="Wie im Ausweis"
        error="Geben Sie Ihren Nachnamen ein."
        required
      >
        <TextInput name="nachname" autoComplete="family-name" />
      </FormField>
      <Checkbox label="Ich stimme zu" name="zustimmung" />
      <Link href="/datenschutz">Datenschutz</Link>
      <Button type="submit">Antrag senden</Button>
    </form>
  );
}

export function ButtonPage() {
  return <Button>Antrag senden</Button>;
}

export function SsrUnit() {
  return (
    <>
      <Button>Senden</Button>
      <FormField label="Nachname">
        <TextInput name="nachname" />
      </FormField>
      <Alert>Bitte prüfen Sie Ihre Angaben.</Alert>
    </>
  );
}
