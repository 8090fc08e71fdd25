// Baseline: the same pages in plain React elements, with the markup of Stadtkern's HTML. Its FormPage
// is also the baseline of the form-page budget in the test run
// (packages/react/scripts/check-form-page-budget.mjs).
import { useId } from 'react';

export function FormPage() {
  const id = useId();
  return (
    <form noValidate>
      <div className="sk-alert">
        <h2 className="sk-alert__title">
          <span className="sk-alert__prefix">Information: </span>Hinweis
        </h2>
        <div className="sk-alert__body">Halten Sie Ihren Ausweis bereit.</div>
      </div>
      <div className="sk-form-field sk-form-field--error">
        <label className="sk-label" htmlFor={`${id}-name`}>
          Nachname <span className="sk-label__required">(Pflichtfeld)</span>
        </label>
        <div className="sk-hint" id={`${id}-hint`}>
          Wie im Ausweis
        </div>
        <p className="sk-error-message" id={`${id}-error`}>
          <span className="sk-error-message__prefix">Fehler: </span>Geben Sie Ihren Nachnamen ein.
        </p>
        <div className="sk-text-input">
          <input
            className="sk-text-input__input"
            id={`${id}-name`}
            name="nachname"
            autoComplete="family-name"
            required
            aria-invalid="true"
            aria-describedby={`${id}-hint ${id}-error`}
          />
        </div>
      </div>
      <div className="sk-checkbox">
        <input className="sk-checkbox__input" type="checkbox" id={`${id}-ok`} name="zustimmung" />
        <label className="sk-checkbox__label" htmlFor={`${id}-ok`}>
          Ich stimme zu
        </label>
      </div>
      <a className="sk-link" href="/datenschutz">
        Datenschutz
      </a>
      <button type="submit" className="sk-button">
        Antrag senden
      </button>
    </form>
  );
}

export function ButtonPage() {
  return (
    <button type="button" className="sk-button">
      Antrag senden
    </button>
  );
}

export function SsrUnit() {
  const id = useId();
  return (
    <>
      <button type="button" className="sk-button">
        Senden
      </button>
      <div className="sk-form-field">
        <label className="sk-label" htmlFor={id}>
          Nachname
        </label>
        <div className="sk-text-input">
          <input className="sk-text-input__input" id={id} name="nachname" />
        </div>
      </div>
      <div className="sk-alert">
        <div className="sk-alert__body">
          <span className="sk-alert__prefix">Information: </span>Bitte prüfen Sie Ihre Angaben.
        </div>
      </div>
    </>
  );
}
