import { Checkbox, CheckboxGroup, FormField, Text, TextInput } from '@stadtkern/react';
import { formatCurrency } from '@stadtkern/utils';
import { QuestionPage } from '../../../../components/QuestionPage';
import { saveStep } from '../../../../lib/actions';
import { errorOf, stepMetadata, stepState } from '../../../../lib/page';
import type { CityParams, SearchParams } from '../../../../lib/page';

interface Props {
  params: CityParams;
  searchParams: SearchParams;
}

export const generateMetadata = ({ searchParams }: Props) => stepMetadata('zahlung', searchParams);

export default async function PaymentPage({ params, searchParams }: Props) {
  const state = await stepState('zahlung', params, searchParams);
  const { city, values, errors } = state;
  return (
    <QuestionPage
      step="zahlung"
      state={state}
      action={saveStep}
      intro={
        <Text>
          Die Gebühr von {formatCurrency(city.feePerYear)} für ein Jahr buchen wir nach der
          Bewilligung per SEPA-Lastschrift von Ihrem Konto ab.
        </Text>
      }
    >
      <FormField
        label="Kontoinhaberin oder Kontoinhaber"
        required
        error={errorOf(errors, 'kontoinhaber')}
      >
        <TextInput
          id="kontoinhaber"
          name="kontoinhaber"
          autoComplete="name"
          defaultValue={values.kontoinhaber}
        />
      </FormField>
      <FormField
        label="IBAN"
        hint="Steht auf Ihrer Bankkarte oder im Online-Banking, zum Beispiel DE89 3704 0044 0532 0130 00"
        required
        error={errorOf(errors, 'iban')}
      >
        <TextInput
          id="iban"
          name="iban"
          width={20}
          spellCheck={false}
          autoCapitalize="characters"
          defaultValue={values.iban}
        />
      </FormField>
      <CheckboxGroup legend="SEPA-Lastschriftmandat" required error={errorOf(errors, 'mandat')}>
        <Checkbox
          id="mandat"
          name="mandat"
          value="ja"
          label={`Ich ermächtige die ${city.authority}, die Gebühr von meinem Konto mittels Lastschrift einzuziehen.`}
          hint="Sie können innerhalb von 8 Wochen ab dem Belastungsdatum die Erstattung verlangen."
          defaultChecked={values.mandat === 'ja'}
        />
      </CheckboxGroup>
    </QuestionPage>
  );
}
