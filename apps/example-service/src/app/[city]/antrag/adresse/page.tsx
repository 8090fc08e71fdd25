import { FormField, Text, TextInput } from '@stadtkern/react';
import { QuestionPage } from '../../../../components/QuestionPage';
import { saveStep } from '../../../../lib/actions';
import { errorOf, stepMetadata, stepState } from '../../../../lib/page';
import type { CityParams, SearchParams } from '../../../../lib/page';

interface Props {
  params: CityParams;
  searchParams: SearchParams;
}

export const generateMetadata = ({ searchParams }: Props) => stepMetadata('adresse', searchParams);

export default async function AddressPage({ params, searchParams }: Props) {
  const state = await stepState('adresse', params, searchParams);
  const { values, errors } = state;
  return (
    <QuestionPage
      step="adresse"
      state={state}
      action={saveStep}
      intro={<Text>Die Adresse Ihrer Hauptwohnung, wie sie im Melderegister steht.</Text>}
    >
      <FormField label="Straße" required error={errorOf(errors, 'strasse')}>
        <TextInput
          id="strasse"
          name="strasse"
          autoComplete="address-line1"
          defaultValue={values.strasse}
        />
      </FormField>
      <FormField label="Hausnummer" required error={errorOf(errors, 'hausnummer')}>
        <TextInput id="hausnummer" name="hausnummer" width={5} defaultValue={values.hausnummer} />
      </FormField>
      <FormField label="Postleitzahl" required error={errorOf(errors, 'plz')}>
        <TextInput
          id="plz"
          name="plz"
          type="numeric"
          width={5}
          autoComplete="postal-code"
          defaultValue={values.plz}
        />
      </FormField>
      <FormField label="Ort" required error={errorOf(errors, 'ort')}>
        <TextInput id="ort" name="ort" autoComplete="address-level2" defaultValue={values.ort} />
      </FormField>
    </QuestionPage>
  );
}
