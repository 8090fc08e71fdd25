import { Heading, List, Text, WarningText } from '@stadtkern/react';
import { formatCurrency } from '@stadtkern/utils';
import type { Metadata } from 'next';
import { SERVICE_NAME } from '../../lib/cities';
import { cityFromParams } from '../../lib/page';
import type { CityParams } from '../../lib/page';
import { currentSession } from '../../lib/session';

export const metadata: Metadata = { title: SERVICE_NAME };

export default async function StartPage({ params }: { params: CityParams }) {
  const city = await cityFromParams(params);
  const session = await currentSession();
  const started = session !== undefined && Object.keys(session.answers).length > 0;
  return (
    <>
      <Heading level={1}>{SERVICE_NAME}</Heading>
      <Text variant="lead">
        Mit einem Bewohnerparkausweis parken Sie in Ihrem Bewohnerparkgebiet ohne Parkschein und
        ohne Höchstparkdauer. Der Ausweis gilt ein Jahr für ein Fahrzeug.
      </Text>
      <Heading level={2}>Was Sie brauchen</Heading>
      <List>
        <li>eine Hauptwohnung im Bewohnerparkgebiet, in dem Sie parken möchten</li>
        <li>das Kennzeichen Ihres Fahrzeugs</li>
        <li>
          die Zulassungsbescheinigung Teil I (Fahrzeugschein) als Foto oder Scan (PDF, JPG oder PNG)
        </li>
        <li>
          bei einem Firmen- oder Leasingfahrzeug: einen Nachweis, dass Sie es dauerhaft nutzen
          dürfen
        </li>
        <li>
          ein Bankkonto für die Gebühr von {formatCurrency(city.feePerYear)} im Jahr
          (SEPA-Lastschrift)
        </li>
      </List>
      <Heading level={2}>Wie lange es dauert</Heading>
      <Text>
        Der Antrag dauert etwa 10 Minuten. Ihre Angaben werden nach jedem Schritt gespeichert.{' '}
        {city.office.subject} entscheidet in der Regel innerhalb von 2 Wochen.
      </Text>
      <WarningText>Sie können für jedes Fahrzeug nur einen Ausweis beantragen.</WarningText>
      <a className="sk-button" href={`/${city.id}/antrag${started ? '' : '/wohnsitz'}`}>
        {started ? 'Antrag fortsetzen' : 'Jetzt starten'}
      </a>
    </>
  );
}
