import { Heading, Text } from '@stadtkern/react';
import type { Metadata } from 'next';
import { SERVICE_NAME } from '../../../../lib/cities';
import { RATE_WINDOW_MS } from '../../../../lib/limits';
import { cityFromParams } from '../../../../lib/page';
import type { CityParams } from '../../../../lib/page';

export const metadata: Metadata = {
  title: `Zu viele Anfragen – ${SERVICE_NAME}`,
};

/** Where a client lands that started too many applications or sent too many files in a short time. */
export default async function TooManyRequestsPage({ params }: { params: CityParams }) {
  const city = await cityFromParams(params);
  return (
    <>
      <Heading level={1}>Zu viele Anfragen</Heading>
      <Text>
        Von Ihrem Internetanschluss wurden in kurzer Zeit sehr viele Anträge begonnen. Zum Schutz
        des Dienstes nehmen wir gerade keine weiteren an. Was Sie schon eingegeben haben, bleibt
        gespeichert.
      </Text>
      <Text>
        Versuchen Sie es in {RATE_WINDOW_MS / 60_000} Minuten noch einmal:{' '}
        <a href={`/${city.id}/antrag`}>zur Übersicht Ihres Antrags</a>.
      </Text>
    </>
  );
}
