import { Radio, RadioGroup, Text } from '@stadtkern/react';
import { QuestionPage } from '../../../../components/QuestionPage';
import { saveStep } from '../../../../lib/actions';
import { errorOf, stepMetadata, stepState } from '../../../../lib/page';
import type { CityParams, SearchParams } from '../../../../lib/page';

interface Props {
  params: CityParams;
  searchParams: SearchParams;
}

export const generateMetadata = ({ searchParams }: Props) => stepMetadata('wohnsitz', searchParams);

export default async function ZonePage({ params, searchParams }: Props) {
  const state = await stepState('wohnsitz', params, searchParams);
  const { values, errors } = state;
  return (
    <QuestionPage
      step="wohnsitz"
      state={state}
      action={saveStep}
      intro={
        <Text>
          Bewohnerparkgebiete sind an Ihrer Straße mit dem Zusatzzeichen „Bewohner mit Parkausweis“
          ausgeschildert.
        </Text>
      }
    >
      <RadioGroup
        legend="Wohnen Sie mit Hauptwohnung in einem Bewohnerparkgebiet?"
        legendSize="large"
        name="zone"
        inline
        error={errorOf(errors, 'zone-ja')}
      >
        <Radio id="zone-ja" label="Ja" value="ja" defaultChecked={values.zone === 'ja'} />
        <Radio id="zone-nein" label="Nein" value="nein" defaultChecked={values.zone === 'nein'} />
      </RadioGroup>
    </QuestionPage>
  );
}
