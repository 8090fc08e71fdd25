import { FormField, Radio, RadioGroup, TextInput } from '@stadtkern/react';
import { QuestionPage } from '../../../../components/QuestionPage';
import { saveStep } from '../../../../lib/actions';
import { KEEPER_LABELS } from '../../../../lib/application';
import { errorOf, stepMetadata, stepState } from '../../../../lib/page';
import type { CityParams, SearchParams } from '../../../../lib/page';

interface Props {
  params: CityParams;
  searchParams: SearchParams;
}

export const generateMetadata = ({ searchParams }: Props) => stepMetadata('fahrzeug', searchParams);

export default async function VehiclePage({ params, searchParams }: Props) {
  const state = await stepState('fahrzeug', params, searchParams);
  const { values, errors } = state;
  return (
    <QuestionPage step="fahrzeug" state={state} action={saveStep}>
      <FormField
        label="Kennzeichen"
        hint="Wie auf dem Schild, zum Beispiel M-AB 1234 oder HH-XY 12E"
        required
        error={errorOf(errors, 'kennzeichen')}
      >
        <TextInput
          id="kennzeichen"
          name="kennzeichen"
          width={10}
          spellCheck={false}
          autoCapitalize="characters"
          defaultValue={values.kennzeichen}
        />
      </FormField>
      <RadioGroup
        legend="Auf wen ist das Fahrzeug zugelassen?"
        name="halter"
        required
        error={errorOf(errors, 'halter-halter')}
      >
        <Radio
          id="halter-halter"
          label={KEEPER_LABELS.halter}
          value="halter"
          defaultChecked={values.halter === 'halter'}
        />
        <Radio
          id="halter-firmenwagen"
          label={KEEPER_LABELS.firmenwagen}
          hint="Sie laden später eine Überlassungserklärung hoch."
          value="firmenwagen"
          defaultChecked={values.halter === 'firmenwagen'}
        />
        <Radio
          id="halter-leasing"
          label={KEEPER_LABELS.leasing}
          hint="Sie laden später den Leasing- oder Mietvertrag hoch."
          value="leasing"
          defaultChecked={values.halter === 'leasing'}
        />
      </RadioGroup>
    </QuestionPage>
  );
}
