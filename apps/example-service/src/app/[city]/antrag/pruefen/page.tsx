import { BackLink, Heading, ProcessSteps, SummaryList, Text } from '@stadtkern/react';
import { redirect } from 'next/navigation';
import { SECTIONS, firstOpenStep, sectionIndex } from '../../../../lib/application';
import { stepMetadata, stepState } from '../../../../lib/page';
import type { CityParams, SearchParams } from '../../../../lib/page';
import { summaryOf } from '../../../../lib/summary';

interface Props {
  params: CityParams;
  searchParams: SearchParams;
}

export const generateMetadata = ({ searchParams }: Props) => stepMetadata('pruefen', searchParams);

export default async function CheckAnswersPage({ params, searchParams }: Props) {
  const { city, answers, uploads, reference } = await stepState('pruefen', params, searchParams);
  const base = `/${city.id}/antrag`;
  if (reference) redirect(`${base}/bestaetigung`);
  const open = firstOpenStep(answers, uploads);
  if (open) redirect(`${base}/${open}`);
  return (
    <>
      <BackLink href={`${base}/nachweise`} />
      <ProcessSteps steps={SECTIONS.map((s) => s.name)} current={sectionIndex('pruefen')} />
      <Heading level={1}>Prüfen Sie Ihre Angaben</Heading>
      <Text>Mit „Ändern“ kommen Sie zur Frage und danach direkt hierher zurück.</Text>
      {summaryOf(answers, uploads).map((group) => (
        <SummaryList
          key={group.title}
          card={{ title: group.title, headingLevel: 2 }}
          rows={group.rows.map((row) => ({
            key: row.key,
            value: row.value,
            actions: [{ href: `${base}/${row.step}?aendern=1` }],
          }))}
        />
      ))}
      <a className="sk-button" href={`${base}/erklaerung`}>
        Weiter zur Erklärung
      </a>
    </>
  );
}
