import '@stadtkern/tokens/css/all.css';
import '@stadtkern/tokens/css/fonts/all.css';
import '@stadtkern/css';
import { Container, Footer, Header, Kopfzeile, PhaseBanner, SkipLink } from '@stadtkern/react';
import { cookies, headers } from 'next/headers';
import type { ReactNode } from 'react';
import { CityMark } from '../../components/CityMark';
import { NotFound } from '../../components/NotFound';
import { SoftNavigation } from '../../components/SoftNavigation';
import { ColourSchemeSwitch } from '../../components/ColourSchemeSwitch';
import type { SchemeChoice } from '../../components/ColourSchemeSwitch';
import { SCHEME_COOKIE } from '../../lib/scheme';
import { CITIES, CITY_IDS, cityOf, SERVICE_NAME } from '../../lib/cities';
import type { CityParams } from '../../lib/page';

// Only the four cities exist, but the segment's params stay dynamic: any other first segment gets
// „Seite nicht gefunden“ from this layout (with `dynamicParams = false` Next.js would answer with its own
// English 404, an empty page without JavaScript).
export const generateStaticParams = () => CITY_IDS.map((city) => ({ city }));

const SCHEME_ATTRIBUTE: Record<SchemeChoice, 'light' | 'dark' | undefined> = {
  system: undefined,
  hell: 'light',
  dunkel: 'dark',
};

export default async function CityLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: CityParams;
}) {
  // An unknown city (src/proxy.ts has set the status 404): KERN's frame with „Seite nicht gefunden“
  // instead of the page. notFound() here, in the root layout, would give an empty page without JavaScript.
  const known = cityOf((await params).city);
  const city = known ?? CITIES.kern;
  const stored = (await cookies()).get(SCHEME_COOKIE)?.value;
  const scheme: SchemeChoice = stored === 'hell' || stored === 'dunkel' ? stored : 'system';
  const path = (await headers()).get('x-sk-path') ?? `/${city.id}`;
  const info = (page: string) => `/${city.id}/info/${page}`;
  return (
    <html lang="de" data-sk-theme={city.theme} data-sk-color-scheme={SCHEME_ATTRIBUTE[scheme]}>
      <body>
        <SkipLink />
        <SoftNavigation />
        <Header
          kopfzeile={<Kopfzeile>{city.kopfzeile}</Kopfzeile>}
          logo={<CityMark city={city} />}
          logoHref={`/${city.id}`}
          logoLabel={`${city.authority} – Startseite des Dienstes`}
          serviceName={SERVICE_NAME}
          serviceHref={`/${city.id}`}
        />
        {/* In a landmark of its own, so that every part of the page belongs to one. */}
        <aside aria-label="Entwicklungsstand">
          <PhaseBanner phase="beta">
            Ein Beispieldienst von Stadtkern: Hier wird kein echter Antrag bearbeitet.
          </PhaseBanner>
        </aside>
        <Container>
          <main id="main" tabIndex={-1}>
            {known ? children : <NotFound city={city} />}
          </main>
          <aside aria-label="Darstellung">
            <ColourSchemeSwitch city={city} current={scheme} path={path} />
          </aside>
        </Container>
        <Footer
          groups={[
            {
              heading: 'Rechtliches',
              links: [
                { label: 'Impressum', href: info('impressum') },
                { label: 'Datenschutz', href: info('datenschutz') },
                { label: 'Erklärung zur Barrierefreiheit', href: info('barrierefreiheit') },
              ],
            },
            {
              heading: 'Dieser Dienst in anderen Verwaltungen',
              links: CITY_IDS.filter((id) => id !== city.id).map((id) => ({
                label: CITIES[id].authority,
                href: `/${id}`,
              })),
            },
          ]}
          logo={<CityMark city={city} />}
          meta={`© 2026 ${city.authority} · Beispieldienst, gebaut mit Stadtkern (EUPL-1.2)`}
        />
      </body>
    </html>
  );
}
