// @stadtkern/utils: every function is its own module; bundlers keep only what you import.
export type { CommonCode, Invalid, Message, Valid, ValidationResult } from './result.js';

export { validateIban, ibanSpec, SEPA_BBAN } from './validators/iban.js';
export type { IbanCode } from './validators/iban.js';
export { validateBic } from './validators/bic.js';
export type { BicCode } from './validators/bic.js';
export { validatePostalCode } from './validators/postal-code.js';
export type { PostalCodeCode } from './validators/postal-code.js';
export { validateTaxId } from './validators/tax-id.js';
export type { TaxIdCode } from './validators/tax-id.js';
export { validateVatId } from './validators/vat-id.js';
export type { VatIdCode } from './validators/vat-id.js';
export { validateIdCardNumber } from './validators/id-card.js';
export type { IdCardNumberCode, IdCardNumberOptions } from './validators/id-card.js';
export {
  validateMunicipalityKey,
  validateRegionalKey,
  STATE_KEYS,
} from './validators/municipality-key.js';
export type { MunicipalityKeyCode } from './validators/municipality-key.js';
export { validateDate, validateDateParts } from './validators/date.js';
export type {
  DateCode,
  DateLike,
  DateOptions,
  DatePart,
  DateParts,
  DatePartsCode,
  DateResult,
  InvalidDate,
} from './validators/date.js';
export { validatePhoneNumber } from './validators/phone.js';
export type { PhoneNumberCode, PhoneNumberOptions } from './validators/phone.js';
export { validateEmail } from './validators/email.js';
export type { EmailCode } from './validators/email.js';
export { validateLicensePlate } from './validators/license-plate.js';
export type { LicensePlateCode } from './validators/license-plate.js';

export { formatCurrency, formatDate, formatFileSize, formatIban } from './format/format.js';
export type { FormatDateOptions, FormatOptions } from './format/format.js';
export { formatPhoneNumber } from './format/phone.js';
export type { FormatPhoneNumberOptions } from './format/phone.js';
export type { FormatLocale } from './format/locale.js';

export { announce } from './a11y/announce.js';
export type { AnnounceOptions, Politeness } from './a11y/announce.js';
export { focusElement, getFocusableElements, saveFocus } from './a11y/focus.js';
export type { FocusElementOptions } from './a11y/focus.js';
