import { DateInput, FormField, TextInput } from '@stadtkern/react';
import { QuestionPage } from '../../../../components/QuestionPage';
import { saveStep } from '../../../../lib/actions';
import { errorOf, stepMetadata, stepState } from '../../../../lib/page';
import type { CityParams, SearchParams } from '../../../../lib/page';

interface Props {
  params: CityParams;
  searchParams: SearchParams;
}

export const generateMetadata = ({ searchParams }: Props) => stepMetadata('person', searchParams);

const DATE_PARTS = ['day', 'month', 'year'] as const;

export default async function PersonPage({ params, searchParams }: Props) {
  const state = await stepState('person', params, searchParams);
  const { values, errors } = state;
  const dateError = errors.find((e) => e.field.startsWith('geburtsdatum-'));
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
        errorFields={
          dateError?.message.startsWith('Das Datum muss')
            ? DATE_PARTS.filter((part) => dateError.field === `geburtsdatum-${part}`)
            : undefined
        }
        defaultValue={{
          day: values['geburtsdatum-day'],
          month: values['geburtsdatum-month'],
          year: values['geburtsdatum-year'],
        }}
      />
    </QuestionPage>
  );
}
