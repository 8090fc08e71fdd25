// GOV.UK Frontend's JavaScript for the components on each page, as its documentation sets it up.
import { Button, Checkboxes, NotificationBanner, createAll } from 'govuk-frontend';

export function afterForm() {
  document.body.classList.add('govuk-frontend-supported');
  createAll(Button);
  createAll(Checkboxes);
  createAll(NotificationBanner);
}

export function afterButton() {
  document.body.classList.add('govuk-frontend-supported');
  createAll(Button);
}
