import { FileUpload, FormField, Text } from '@stadtkern/react';
import { formatFileSize } from '@stadtkern/web/file-upload';
import { QuestionPage } from '../../../../components/QuestionPage';
import { saveStep } from '../../../../lib/actions';
import { EVIDENCE, requiredEvidence } from '../../../../lib/application';
import { ACCEPT, MAX_FILE_BYTES } from '../../../../lib/evidence';
import { errorOf, stepMetadata, stepState } from '../../../../lib/page';
import type { CityParams, SearchParams } from '../../../../lib/page';

interface Props {
  params: CityParams;
  searchParams: SearchParams;
}

export const generateMetadata = ({ searchParams }: Props) =>
  stepMetadata('nachweise', searchParams);

export default async function EvidencePage({ params, searchParams }: Props) {
  const state = await stepState('nachweise', params, searchParams);
  const { answers, uploads, errors } = state;
  return (
    <QuestionPage
      step="nachweise"
      state={state}
      action={saveStep}
      intro={
        <Text>
          Laden Sie jeden Nachweis als PDF, JPG oder PNG hoch, höchstens 5 MB je Datei. Ein gut
          lesbares Foto mit dem Handy genügt.
        </Text>
      }
    >
      {requiredEvidence(answers).map((evidence) => {
        const stored = uploads.find((upload) => upload.evidence === evidence);
        return (
          <FormField
            key={evidence}
            label={EVIDENCE[evidence].label}
            hint={
              stored
                ? `Hochgeladen: ${stored.name} (${formatFileSize(stored.size, 'de')}). Wählen Sie nur dann eine Datei, wenn Sie sie ersetzen möchten.`
                : EVIDENCE[evidence].hint
            }
            required={!stored}
            error={errorOf(errors, evidence)}
          >
            <FileUpload id={evidence} name={evidence} accept={ACCEPT} maxSize={MAX_FILE_BYTES} />
          </FormField>
        );
      })}
    </QuestionPage>
  );
}
