import { Button, Heading, List, NotificationBanner, Panel, Text } from '@stadtkern/react';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { startAgain } from '../../../../lib/actions';
import { SERVICE_NAME } from '../../../../lib/cities';
import { applicationCity, sentState } from '../../../../lib/page';
import type { CityParams } from '../../../../lib/page';

interface Props {
  params: CityParams;
}

export const metadata: Metadata = { title: `Antrag gesendet – ${SERVICE_NAME}` };

export default async function ConfirmationPage({ params }: Props) {
  const { city, reference } = await sentState(params);
  if (!reference) redirect(`/${city.id}/antrag`);
  // Shown in the frame and with the office of the city the application was made in.
  const madeIn = applicationCity(reference);
  if (madeIn && madeIn.id !== city.id) redirect(`/${madeIn.id}/antrag/bestaetigung`);
  return (
    <>
      <NotificationBanner
        variant="success"
        heading="Ihr Antrag ist bei uns eingegangen."
        focusOnMount
      >
        <Text>Sie müssen nichts weiter tun.</Text>
      </NotificationBanner>
      <Panel title="Antrag gesendet" reference={reference} />
      <Heading level={2}>Wie es weitergeht</Heading>
      <List variant="numbered">
        <li>{city.office.subject} prüft Ihren Antrag, in der Regel innerhalb von 2 Wochen.</li>
        <li>Nach der Bewilligung buchen wir die Gebühr per Lastschrift ab.</li>
        <li>
          Den Ausweis schicken wir Ihnen per Post. Legen Sie ihn gut sichtbar hinter die
          Windschutzscheibe.
        </li>
      </List>
      <Text>Geben Sie bei Fragen Ihre Vorgangsnummer an.</Text>
      <form action={startAgain}>
        <input type="hidden" name="city" value={city.id} />
        <Button type="submit" variant="secondary">
          Weiteren Antrag für ein anderes Fahrzeug beginnen
        </Button>
      </form>
    </>
  );
}
