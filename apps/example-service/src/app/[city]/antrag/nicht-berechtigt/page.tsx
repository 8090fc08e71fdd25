import { BackLink, Heading, List, Text } from '@stadtkern/react';
import type { Metadata } from 'next';
import { SERVICE_NAME } from '../../../../lib/cities';
import { cityFromParams } from '../../../../lib/page';
import type { CityParams } from '../../../../lib/page';

export const metadata: Metadata = {
  title: `Sie können keinen Bewohnerparkausweis bekommen – ${SERVICE_NAME}`,
};

export default async function NotEligiblePage({ params }: { params: CityParams }) {
  const city = await cityFromParams(params);
  return (
    <>
      <BackLink href={`/${city.id}/antrag/wohnsitz`} />
      <Heading level={1}>Sie können keinen Bewohnerparkausweis bekommen</Heading>
      <Text>
        Einen Bewohnerparkausweis bekommt nur, wer mit Hauptwohnung in einem Bewohnerparkgebiet
        gemeldet ist. Er gilt nur in diesem Gebiet.
      </Text>
      <Heading level={2}>Was Sie stattdessen tun können</Heading>
      <List>
        <li>Parken Sie mit Parkschein oder in einem Parkhaus.</li>
        <li>
          Wenn Sie gerade umziehen: Melden Sie zuerst Ihre neue Hauptwohnung an und beantragen Sie
          den Ausweis danach.
        </li>
        <li>Für Handwerksbetriebe und soziale Dienste gibt es eigene Ausnahmegenehmigungen.</li>
      </List>
      <Text>Haben Sie sich vertan? Mit „Zurück“ können Sie Ihre Antwort ändern.</Text>
    </>
  );
}
