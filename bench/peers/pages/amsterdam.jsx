import { useId } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  ErrorMessage,
  Field,
  Label,
  Link,
  Paragraph,
  TextInput,
} from '@amsterdam/design-system-react';

export function FormPage() {
  const id = useId();
  return (
    <form noValidate>
      <Alert heading="Hinweis" headingLevel={2}>
        <Paragraph>Halten Sie Ihren Ausweis bereit.</Paragraph>
      </Alert>
      <Field invalid>
        <Label htmlFor={id}>Nachname</Label>
        <Paragraph id={`${id}-hint`} size="small">
          Wie im Ausweis
        </Paragraph>
        <ErrorMessage id={`${id}-error`}>Geben Sie Ihren Nachnamen ein.</ErrorMessage>
        <TextInput
          id={id}
          name="nachname"
          autoComplete="family-name"
          aria-describedby={`${id}-hint ${id}-error`}
          invalid
          required
        />
      </Field>
      <Checkbox name="zustimmung">Ich stimme zu</Checkbox>
      <Link href="/datenschutz">Datenschutz</Link>
      <Button type="submit">Antrag senden</Button>
    </form>
  );
}

export function ButtonPage() {
  return <Button>Antrag senden</Button>;
}

export function SsrUnit() {
  const id = useId();
  return (
    <>
      <Button>Senden</Button>
      <Field>
        <Label htmlFor={id}>Nachname</Label>
        <TextInput id={id} name="nachname" />
      </Field>
      <Alert heading="Bitte prüfen Sie Ihre Angaben." headingLevel={2} />
    </>
  );
}
