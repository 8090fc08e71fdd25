import { Heading, Link, Text } from '@stadtkern/react';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { NotFound } from '../../../../components/NotFound';
import { SERVICE_NAME } from '../../../../lib/cities';
import type { City } from '../../../../lib/cities';
import { cityFromParams } from '../../../../lib/page';

type Params = Promise<{ city: string; page: string }>;

const PAGES: Record<string, { title: string; body: (city: City) => ReactNode }> = {
  impressum: {
    title: 'Impressum',
    body: (city) => (
      <Text>
        Dieser Beispieldienst zeigt, wie ein Online-Dienst der {city.authority} mit Stadtkern
        aussehen kann. Er wird nicht von der {city.authority} betrieben; Anträge werden nicht
        bearbeitet.
      </Text>
    ),
  },
  datenschutz: {
    title: 'Datenschutz',
    body: () => (
      <>
        <Text>
          Ihre Angaben und Dateien werden nur auf dem Server dieses Beispieldienstes in einer
          lokalen Datenbank gespeichert und an niemanden weitergegeben. Der Dienst lädt nichts von
          anderen Servern nach und setzt zwei Cookies: eines für Ihre Sitzung und, wenn Sie es
          wählen, eines für das Farbschema.
        </Text>
      </>
    ),
  },
  barrierefreiheit: {
    title: 'Erklärung zur Barrierefreiheit',
    body: () => (
      <Text>
        Dieser Dienst soll die Anforderungen der BITV 2.0 und der WCAG 2.2 (Stufe AA) erfüllen. Er
        ist aus den Komponenten von Stadtkern gebaut, deren Prüfungen im{' '}
        <Link href="https://gitlab.opencode.de/stadtkern/stadtkern">Quellcode von Stadtkern</Link>{' '}
        beschrieben sind. Er funktioniert auch ohne JavaScript.
      </Text>
    ),
  },
};

export const generateStaticParams = () => Object.keys(PAGES).map((page) => ({ page }));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { page } = await params;
  return { title: `${PAGES[page]?.title ?? 'Seite nicht gefunden'} – ${SERVICE_NAME}` };
}

export default async function InfoPage({ params }: { params: Params }) {
  const city = await cityFromParams(params);
  const page = PAGES[(await params).page];
  // Status 404 from src/proxy.ts; not notFound(), which gives an empty page without JavaScript here.
  if (!page) return <NotFound city={city} />;
  return (
    <>
      <Heading level={1}>{page.title}</Heading>
      {page.body(city)}
    </>
  );
}
