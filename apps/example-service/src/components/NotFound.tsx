import { Heading, Link, Text } from '@stadtkern/react';
import { SERVICE_NAME } from '../lib/cities';
import type { City } from '../lib/cities';

/** „Seite nicht gefunden“: what happened and the way back to the city's start page. */
export function NotFound({ city }: { city: City }) {
  return (
    <>
      <Heading level={1}>Seite nicht gefunden</Heading>
      <Text>
        Unter dieser Adresse gibt es keine Seite. Prüfen Sie die Adresse, wenn Sie sie eingegeben
        haben.
      </Text>
      <Text>
        <Link href={`/${city.id}`}>Zur Startseite: {SERVICE_NAME}</Link>
      </Text>
    </>
  );
}
