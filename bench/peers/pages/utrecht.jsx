import {
  Alert,
  Button,
  FormFieldCheckbox,
  FormFieldTextbox,
  Heading2,
  Link,
  Paragraph,
} from '@utrecht/component-library-react';

export function FormPage() {
  return (
    <form noValidate>
      <Alert type="info">
        <Heading2>Hinweis</Heading2>
        <Paragraph>Halten Sie Ihren Ausweis bereit.</Paragraph>
      </Alert>
      <FormFieldTextbox
        label="Nachname"
        description="Wie im Ausweis"
        errorMessage="Geben Sie Ihren Nachnamen ein."
        invalid
        required
        name="nachname"
        autoComplete="family-name"
      />
      <FormFieldCheckbox label="Ich stimme zu" name="zustimmung" />
      <Link href="/datenschutz">Datenschutz</Link>
      <Button type="submit" appearance="primary-action-button">
        Antrag senden
      </Button>
    </form>
  );
}

export function ButtonPage() {
  return <Button appearance="primary-action-button">Antrag senden</Button>;
}

export function SsrUnit() {
  return (
    <>
      <Button appearance="primary-action-button">Senden</Button>
      <FormFieldTextbox label="Nachname" name="nachname" />
      <Alert type="info">
        <Paragraph>Bitte prüfen Sie Ihre Angaben.</Paragraph>
      </Alert>
    </>
  );
}
