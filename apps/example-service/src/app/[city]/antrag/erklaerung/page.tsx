import { Checkbox, CheckboxGroup, Text } from '@stadtkern/react';
import { redirect } from 'next/navigation';
import { QuestionPage } from '../../../../components/QuestionPage';
import { submitApplication } from '../../../../lib/actions';
import { firstOpenStep } from '../../../../lib/application';
import { errorOf, stepMetadata, stepState } from '../../../../lib/page';
import type { CityParams, SearchParams } from '../../../../lib/page';

interface Props {
  params: CityParams;
  searchParams: SearchParams;
}

export const generateMetadata = ({ searchParams }: Props) =>
  stepMetadata('erklaerung', searchParams);

export default async function DeclarationPage({ params, searchParams }: Props) {
  const state = await stepState('erklaerung', params, searchParams);
  const { city, answers, uploads, reference, errors } = state;
  const base = `/${city.id}/antrag`;
  if (reference) redirect(`${base}/bestaetigung`);
  const open = firstOpenStep(answers, uploads);
  if (open) redirect(`${base}/${open}`);
  return (
    <QuestionPage
      step="erklaerung"
      state={state}
      action={submitApplication}
      submitLabel="Antrag verbindlich absenden"
      intro={
        <Text>
          Mit dem Absenden beantragen Sie {city.office.at} einen Bewohnerparkausweis. Falsche
          Angaben können zum Entzug des Ausweises und zu einem Bußgeld führen.
        </Text>
      }
    >
      <CheckboxGroup legend="Erklärung" required error={errorOf(errors, 'erklaerung')}>
        <Checkbox
          id="erklaerung"
          name="erklaerung"
          value="ja"
          label="Ich versichere, dass meine Angaben richtig und vollständig sind."
        />
      </CheckboxGroup>
    </QuestionPage>
  );
}
