import { useId, useState } from 'react';
import {
  formatIban,
  validateBic,
  validateDate,
  validateEmail,
  validateIban,
  validateIdCardNumber,
  validateLicensePlate,
  validateMunicipalityKey,
  validatePhoneNumber,
  validatePostalCode,
  validateRegionalKey,
  validateTaxId,
  validateVatId,
} from '@stadtkern/utils';

type Result =
  | { valid: true; value: string }
  | { valid: false; code: string; message: { de: string; en: string } };

export const VALIDATORS: Record<
  string,
  { label: string; example: string; run: (input: string) => Result }
> = {
  iban: { label: 'IBAN', example: 'DE89 3704 0044 0532 0130 00', run: validateIban },
  bic: { label: 'BIC', example: 'COBADEFFXXX', run: validateBic },
  postalCode: { label: 'Postleitzahl', example: '80331', run: validatePostalCode },
  taxId: { label: 'Steuer-Identifikationsnummer', example: '86 095 742 719', run: validateTaxId },
  vatId: {
    label: 'Umsatzsteuer-Identifikationsnummer',
    example: 'DE136695976',
    run: validateVatId,
  },
  idCard: {
    label: 'Ausweisnummer (Personalausweis)',
    example: 'T220001293',
    run: (v) => validateIdCardNumber(v),
  },
  municipalityKey: {
    label: 'Amtlicher Gemeindeschlüssel',
    example: '09162000',
    run: validateMunicipalityKey,
  },
  regionalKey: {
    label: 'Amtlicher Regionalschlüssel',
    example: '091620000000',
    run: validateRegionalKey,
  },
  date: { label: 'Datum (TT.MM.JJJJ)', example: '29.02.2024', run: (v) => validateDate(v) },
  phone: { label: 'Telefonnummer', example: '089 123456', run: (v) => validatePhoneNumber(v) },
  email: { label: 'E-Mail-Adresse', example: 'name@beispiel.de', run: validateEmail },
  licensePlate: { label: 'Kfz-Kennzeichen', example: 'M-AB 1234', run: validateLicensePlate },
};

export interface ValidatorPlaygroundProps {
  /** Which validator is selected first. */
  initialValidator?: keyof typeof VALIDATORS;
  /** Initial text in the input field. */
  initialValue?: string;
}

/** Live playground for designers and content authors: shows result, code and both messages. */
export function ValidatorPlayground({
  initialValidator = 'iban',
  initialValue,
}: ValidatorPlaygroundProps) {
  const id = useId();
  const [kind, setKind] = useState<string>(initialValidator);
  const validator = VALIDATORS[kind] ?? VALIDATORS.iban;
  const [value, setValue] = useState(initialValue ?? validator?.example ?? '');
  const result = validator?.run(value);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
      }}
      style={{ display: 'grid', gap: '1rem', maxInlineSize: '40rem' }}
    >
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: '0.25rem' }}>
        <label htmlFor={`${id}-kind`}>Was wird geprüft?</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => {
            setKind(e.target.value);
            setValue(VALIDATORS[e.target.value]?.example ?? '');
          }}
          style={{ minBlockSize: '2.75rem', maxInlineSize: '100%', font: 'inherit' }}
        >
          {Object.entries(VALIDATORS).map(([key, v]) => (
            <option key={key} value={key}>
              {v.label}
            </option>
          ))}
        </select>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: '0.25rem' }}>
        <label htmlFor={`${id}-value`}>Eingabe</label>
        <input
          id={`${id}-value`}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
          }}
          autoComplete="off"
          spellCheck={false}
          style={{ minBlockSize: '2.75rem', font: 'inherit', paddingInline: '0.5rem' }}
        />
      </div>
      <output
        htmlFor={`${id}-kind ${id}-value`}
        aria-live="polite"
        // Long values (an IBAN without spaces) wrap instead of making a narrow screen scroll sideways.
        style={{ display: 'block', overflowWrap: 'anywhere' }}
      >
        {result?.valid ? (
          <>
            <strong>Gültig.</strong> Normalisierter Wert: <code>{result.value}</code>
            {kind === 'iban' ? (
              <>
                {' '}
                (lesbar: <code>{formatIban(result.value)}</code>)
              </>
            ) : null}
          </>
        ) : (
          <>
            <strong>Ungültig</strong> (Code <code>{result?.code}</code>)
            <br />
            Deutsch: {result?.message.de}
            <br />
            <span lang="en">English: {result?.message.en}</span>
          </>
        )}
      </output>
    </form>
  );
}
