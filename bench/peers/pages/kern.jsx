import { useId } from 'react';
import {
  KernAlert,
  KernButton,
  KernCheckbox,
  KernInput,
  KernLink,
} from '@kern-ux-annex/kern-react-kit';

export function FormPage() {
  return (
    <form noValidate>
      <KernAlert variant="info" title="Hinweis" body="Halten Sie Ihren Ausweis bereit." />
      <KernInput
        id="nachname"
        label="Nachname"
        hint="Wie im Ausweis"
        error="Geben Sie Ihren Nachnamen ein."
        required
        name="nachname"
        autoComplete="family-name"
      />
      <KernCheckbox id="zustimmung" label="Ich stimme zu" name="zustimmung" />
      <KernLink href="/datenschutz" text="Datenschutz" />
      <KernButton type="submit" text="Antrag senden" />
    </form>
  );
}

export function ButtonPage() {
  return <KernButton text="Antrag senden" />;
}

export function SsrUnit() {
  const id = useId();
  return (
    <>
      <KernButton text="Senden" />
      <KernInput id={id} label="Nachname" name="nachname" />
      <KernAlert variant="info" title="Bitte prüfen Sie Ihre Angaben." />
    </>
  );
}
