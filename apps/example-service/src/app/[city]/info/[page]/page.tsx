import { Heading, Link, List, Table, TableCell, TableHeaderCell, Text } from '@stadtkern/react';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { NotFound } from '../../../../components/NotFound';
import { SERVICE_NAME } from '../../../../lib/cities';
import type { City } from '../../../../lib/cities';
import {
  RATE_WINDOW_MS,
  SESSION_MAX_AGE_DAYS,
  applicationRetentionDays,
} from '../../../../lib/limits';
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
    body: (city) => <Privacy city={city} />,
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

/** What the service stores, for how long and why: the same rules as the README's „Betrieb“. */
function Privacy({ city }: { city: City }) {
  // Read on every request: `SK_RETENTION_DAYS` is set where the service runs, not where it is built.
  const retention = applicationRetentionDays();
  const days = (n: number) => (n === 1 ? '1 Tag' : `${n} Tage`);
  return (
    <>
      <Text>
        Ihre Angaben und Dateien werden nur auf dem Server dieses Beispieldienstes in einer lokalen
        Datenbank gespeichert und an niemanden weitergegeben. Der Dienst lädt nichts von anderen
        Servern nach.
      </Text>
      <Heading level={2}>Was wir speichern</Heading>
      <List variant="bullet">
        <li>
          Ihre Antworten (Name, Geburtsdatum, Adresse, Kennzeichen, Kontoinhaberin oder
          Kontoinhaber, IBAN) und die Nachweise, die Sie hochladen: für Ihren Antrag{' '}
          {city.office.at}.
        </li>
        <li>
          Wenn eine Seite einen Fehler meldet, Ihre Eingaben auf dieser Seite, damit Sie sie
          korrigieren können. Eine abgelehnte IBAN speichern wir nicht: Sie geben sie neu ein.
        </li>
        <li>
          Ein Cookie für Ihre Sitzung. Es enthält nur eine Zufallszahl; auf dem Server speichern wir
          davon nur einen Hashwert.
        </li>
        <li>
          Wie oft von Ihrem Internetanschluss aus Anträge begonnen und Dateien hochgeladen wurden,
          zum Schutz vor Missbrauch: nur als Hashwert der Adresse, nie die Adresse selbst.
        </li>
        <li>Wenn Sie es wählen, ein Cookie für das Farbschema (hell oder dunkel).</li>
      </List>
      <Heading level={2}>Wie lange wir es speichern</Heading>
      <Table caption="Speicherdauer" scroll={false}>
        <thead>
          <tr>
            <TableHeaderCell>Daten</TableHeaderCell>
            <TableHeaderCell>Gelöscht</TableHeaderCell>
          </tr>
        </thead>
        <tbody>
          <tr>
            <TableCell>Ein Antrag, den Sie nicht abgesendet haben, mit Ihren Nachweisen</TableCell>
            <TableCell>
              {days(SESSION_MAX_AGE_DAYS)} nach Ihrer letzten Eingabe. Zur selben Zeit läuft das
              Cookie Ihrer Sitzung ab.
            </TableCell>
          </tr>
          <tr>
            <TableCell>Ihr gesendeter Antrag mit Ihren Nachweisen</TableCell>
            <TableCell>
              {days(retention)} nach dem Absenden. Bis dahin hat {city.office.subject} ihn in die
              eigene Akte übernommen.
            </TableCell>
          </tr>
          <tr>
            <TableCell>Ihre Sitzung nach dem Absenden (nur die Vorgangsnummer)</TableCell>
            <TableCell>
              Die Bestätigung ist {days(SESSION_MAX_AGE_DAYS)} nach dem Absenden nicht mehr
              abrufbar; gelöscht wird die Sitzung mit dem gesendeten Antrag.
            </TableCell>
          </tr>
          <tr>
            <TableCell>Anzahl der Anfragen je Internetanschluss</TableCell>
            <TableCell>nach {RATE_WINDOW_MS / 60_000} Minuten</TableCell>
          </tr>
          <tr>
            <TableCell>Cookie für das Farbschema</TableCell>
            <TableCell>nach einem Jahr, in Ihrem Browser</TableCell>
          </tr>
        </tbody>
      </Table>
      <Text>
        Sobald Sie den Antrag abgesendet haben, zeigen die Fragen Ihre Angaben nicht mehr an, auch
        nicht auf einem Computer, den andere mitbenutzen: Sie sehen nur noch die Bestätigung mit der
        Vorgangsnummer.
      </Text>
      <Heading level={2}>Warum</Heading>
      <Text>
        Personenbezogene Daten dürfen nur so lange gespeichert werden, wie es für ihren Zweck nötig
        ist (Grundsatz der Speicherbegrenzung, Art. 5 Abs. 1 Buchst. e DSGVO). Einen Antrag, den Sie
        noch nicht abgesendet haben, speichern wir, damit Sie ihn unterbrechen und später fortsetzen
        können; einen gesendeten, bis die Behörde ihn übernommen hat. Danach löscht der Dienst die
        Daten von selbst.
      </Text>
    </>
  );
}

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
