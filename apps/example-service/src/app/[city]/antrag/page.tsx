import { BackLink, Heading, TaskList, Text } from '@stadtkern/react';
import type { Metadata } from 'next';
import { SECTIONS, firstOpenStep, sectionStatus } from '../../../lib/application';
import { SERVICE_NAME } from '../../../lib/cities';
import { cityFromParams } from '../../../lib/page';
import type { CityParams } from '../../../lib/page';
import { currentSession } from '../../../lib/session';

export const metadata: Metadata = { title: `Ihr Antrag im Überblick – ${SERVICE_NAME}` };

export default async function OverviewPage({ params }: { params: CityParams }) {
  const city = await cityFromParams(params);
  const session = await currentSession();
  const answers = session?.answers ?? {};
  const uploads = session?.uploads ?? [];
  const submitted = session?.reference !== undefined;
  const base = `/${city.id}/antrag`;
  const done = SECTIONS.filter(
    (_, index) => sectionStatus(index, answers, uploads, submitted) === 'completed',
  ).length;
  const open = firstOpenStep(answers, uploads);
  return (
    <>
      <BackLink href={`/${city.id}`} />
      <Heading level={1}>Ihr Antrag im Überblick</Heading>
      <Text>
        {submitted
          ? 'Sie haben Ihren Antrag gesendet.'
          : `Sie haben ${done} von ${SECTIONS.length} Abschnitten abgeschlossen.`}
      </Text>
      <TaskList
        tasks={SECTIONS.map((section, index) => {
          const status = sectionStatus(index, answers, uploads, submitted);
          const first = section.steps[0];
          return {
            name: section.name,
            status,
            href: submitted
              ? `${base}/bestaetigung`
              : first === 'pruefen'
                ? `${base}/pruefen`
                : `${base}/${first}`,
          };
        })}
      />
      {!submitted ? (
        <a className="sk-button" href={`${base}/${open ?? 'pruefen'}`}>
          {open ? 'Antrag fortsetzen' : 'Angaben prüfen'}
        </a>
      ) : null}
    </>
  );
}
