import { DateInput, FormField, TextInput } from '@stadtkern/react';
import { QuestionPage } from '../../../../components/QuestionPage';
import { saveStep } from '../../../../lib/actions';
import { errorFor, errorOf, stepMetadata, stepState } from '../../../../lib/page';
import type { CityParams, SearchParams } from '../../../../lib/page';

interface Props {
  params: CityParams;
  searchParams: SearchParams;
}

export const generateMetadata = ({ searchParams }: Props) => stepMetadata('person', searchParams);

const DATE_IDS = ['geburtsdatum-day', 'geburtsdatum-month', 'geburtsdatum-year'];

export default async function PersonPage({ params, searchParams }: Props) {
  const state = await stepState('person', params, searchParams);
  const { values, errors } = state;
  const dateError = errorFor(errors, ...DATE_IDS);
  return (
    <QuestionPage step="person" state={state} action={saveStep}>
      <FormField label="Vorname" required error={errorOf(errors, 'vorname')}>
        <TextInput
          id="vorname"
          name="vorname"
          autoComplete="given-name"
          defaultValue={values.vorname}
        />
      </FormField>
      <FormField label="Nachname" required error={errorOf(errors, 'nachname')}>
        <TextInput
          id="nachname"
          name="nachname"
          autoComplete="family-name"
          defaultValue={values.nachname}
        />
      </FormField>
      <DateInput
        legend="Geburtsdatum"
        hint="Zum Beispiel 27 3 1985. Sie müssen mindestens 16 Jahre alt sein."
        name="geburtsdatum"
        idPrefix="geburtsdatum"
        birthday
        required
        error={dateError?.message}
        // Exactly the boxes the check found wrong (all three when the date as a whole is wrong).
        errorFields={dateError?.dateFields}
        defaultValue={{
          day: values['geburtsdatum-day'],
          month: values['geburtsdatum-month'],
          year: values['geburtsdatum-year'],
        }}
      />
    </QuestionPage>
  );
}
