// KoliBri: React wrappers around Stencil web components; the components and the theme are
// registered in the browser before the page renders (kolibri.client.js).
import { KolAlert, KolButton, KolInputCheckbox, KolInputText, KolLink } from '@public-ui/react-v19';

export function FormPage() {
  return (
    <form noValidate>
      <KolAlert _label="Hinweis" _type="info" _level={2}>
        Halten Sie Ihren Ausweis bereit.
      </KolAlert>
      <KolInputText
        _label="Nachname"
        _hint="Wie im Ausweis"
        _msg={{ _type: 'error', _description: 'Geben Sie Ihren Nachnamen ein.' }}
        _touched
        _required
        _name="nachname"
        _autoComplete="family-name"
      />
      <KolInputCheckbox _label="Ich stimme zu" _name="zustimmung" _value="ja" />
      <KolLink _href="/datenschutz" _label="Datenschutz" />
      <KolButton _type="submit" _label="Antrag senden" />
    </form>
  );
}

export function ButtonPage() {
  return <KolButton _label="Antrag senden" />;
}

export function SsrUnit() {
  return (
    <>
      <KolButton _label="Senden" />
      <KolInputText _label="Nachname" _name="nachname" />
      <KolAlert _type="info">Bitte prüfen Sie Ihre Angaben.</KolAlert>
    </>
  );
}
