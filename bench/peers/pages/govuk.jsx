// GOV.UK Frontend has no React components: the page is plain React elements with GOV.UK's markup,
// plus GOV.UK's own JavaScript for the components that have behaviour (govuk.client.js).
import { useId } from 'react';

function Banner({ children, id }) {
  return (
    <div
      className="govuk-notification-banner"
      role="region"
      aria-labelledby={`${id}-title`}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={`${id}-title`}>
          Hinweis
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}

export function FormPage() {
  const id = useId();
  return (
    <form noValidate>
      <Banner id={`${id}-banner`}>Halten Sie Ihren Ausweis bereit.</Banner>
      <div className="govuk-form-group govuk-form-group--error">
        <label className="govuk-label" htmlFor={`${id}-name`}>
          Nachname
        </label>
        <div id={`${id}-hint`} className="govuk-hint">
          Wie im Ausweis
        </div>
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Fehler:</span> Geben Sie Ihren Nachnamen ein.
        </p>
        <input
          className="govuk-input govuk-input--error"
          id={`${id}-name`}
          name="nachname"
          type="text"
          autoComplete="family-name"
          required
          aria-describedby={`${id}-hint ${id}-error`}
        />
      </div>
      <div className="govuk-form-group">
        <div className="govuk-checkboxes" data-module="govuk-checkboxes">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id={`${id}-ok`}
              name="zustimmung"
              type="checkbox"
              value="ja"
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={`${id}-ok`}>
              Ich stimme zu
            </label>
          </div>
        </div>
      </div>
      <a className="govuk-link" href="/datenschutz">
        Datenschutz
      </a>
      <button type="submit" className="govuk-button" data-module="govuk-button">
        Antrag senden
      </button>
    </form>
  );
}

export function ButtonPage() {
  return (
    <button type="button" className="govuk-button" data-module="govuk-button">
      Antrag senden
    </button>
  );
}

export function SsrUnit() {
  const id = useId();
  return (
    <>
      <button type="button" className="govuk-button" data-module="govuk-button">
        Senden
      </button>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor={id}>
          Nachname
        </label>
        <input className="govuk-input" id={id} name="nachname" type="text" />
      </div>
      <Banner id={`${id}-banner`}>Bitte prüfen Sie Ihre Angaben.</Banner>
    </>
  );
}
