// The budget's form page built with Stadtkern: Button, FormField + TextInput, Alert, Checkbox, Link.
import { createRoot } from 'react-dom/client';
import { Alert, Button, Checkbox, FormField, Link, TextInput } from '@stadtkern/react';

function FormPage() {
  return (
    <form noValidate>
      <Alert variant="info" title="Hinweis">
        Halten Sie Ihren Ausweis bereit.
      </Alert>
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

createRoot(document.getElementById('root')).render(<FormPage />);
