import {
  Alert,
  Button,
  Checkbox,
  Heading,
  Link,
  Paragraph,
  Textfield,
} from '@digdir/designsystemet-react';

export function FormPage() {
  return (
    <form noValidate>
      <Alert data-color="info">
        <Heading level={2} data-size="xs">
          Hinweis
        </Heading>
        <Paragraph>Halten Sie Ihren Ausweis bereit.</Paragraph>
      </Alert>
      <Textfield
        label="Nachname"
        description="Wie im Ausweis"
        error="Geben Sie Ihren Nachnamen ein."
        required
        name="nachname"
        autoComplete="family-name"
      />
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
      <Textfield label="Nachname" name="nachname" />
      <Alert data-color="info">Bitte prüfen Sie Ihre Angaben.</Alert>
    </>
  );
}
