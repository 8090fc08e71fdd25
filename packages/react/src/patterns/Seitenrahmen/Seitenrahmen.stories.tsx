// A composed page frame, not a component: it lives below src/patterns/ so the stage table (src/*/*.stories.tsx)
// does not list it.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Breadcrumb } from '../../Breadcrumb/Breadcrumb.js';
import { Container } from '../../Container/Container.js';
import { Footer } from '../../Footer/Footer.js';
import { Header } from '../../Header/Header.js';
import { StoryLogo } from '../../Header/story-logo.js';
import { Kopfzeile } from '../../Kopfzeile/Kopfzeile.js';
import { LanguageSwitcher } from '../../LanguageSwitcher/LanguageSwitcher.js';
import { Link } from '../../Link/Link.js';
import { PhaseBanner } from '../../PhaseBanner/PhaseBanner.js';
import { ServiceNavigation } from '../../ServiceNavigation/ServiceNavigation.js';
import { SkipLink } from '../../SkipLink/SkipLink.js';

function Seitenrahmen() {
  return (
    <>
      <SkipLink href="#inhalt" />
      <Header
        kopfzeile={
          <Kopfzeile
            explanation={
              <p>
                Offizielle Online-Dienste der Stadt Musterstadt erreichen Sie nur unter Adressen,
                die auf „musterstadt.de“ enden.
              </p>
            }
          >
            Ein Angebot der Stadt Musterstadt
          </Kopfzeile>
        }
        logo={<StoryLogo />}
        logoHref="#stadt"
        logoLabel="Stadt Musterstadt – Startseite"
        serviceName="Wohngeld online"
        serviceHref="#wohngeld"
        languageSwitcher={
          <LanguageSwitcher
            languages={[
              { lang: 'de', label: 'Deutsch', current: true },
              { lang: 'en', label: 'English', href: '#en' },
            ]}
          />
        }
        account={<Link href="#anmelden">Anmelden</Link>}
        navigation={
          <ServiceNavigation
            items={[
              { label: 'Übersicht', href: '#uebersicht' },
              { label: 'Meine Anträge', href: '#antraege', current: true },
              { label: 'Hilfe', href: '#hilfe' },
            ]}
          />
        }
      />
      <PhaseBanner feedbackHref="#rueckmeldung" />
      <Container>
        <Breadcrumb
          style={{ marginBlockStart: 'var(--sk-metric-space-medium)' }}
          items={[
            { label: 'Startseite', href: '#start' },
            { label: 'Meine Anträge', href: '#antraege' },
            { label: 'Antrag 2026-0815' },
          ]}
        />
        <main id="inhalt" tabIndex={-1}>
          <h1 className="sk-heading sk-heading--2x-large">Antrag 2026-0815</h1>
          <p className="sk-text">
            Ihr Antrag auf Wohngeld ist eingegangen. Den Bescheid finden Sie unter{' '}
            <Link href="#nachrichten">Nachrichten</Link>.
          </p>
        </main>
      </Container>
      <Footer
        groups={[
          {
            heading: 'Rechtliches',
            links: [
              { label: 'Impressum', href: '#impressum' },
              { label: 'Datenschutz', href: '#datenschutz' },
              { label: 'Erklärung zur Barrierefreiheit', href: '#barrierefreiheit' },
            ],
          },
          {
            heading: 'Hilfe und Kontakt',
            links: [
              { label: 'Kontakt', href: '#kontakt' },
              { label: 'Leichte Sprache', href: '#leichte-sprache' },
              { label: 'Gebärdensprache', href: '#gebaerdensprache' },
            ],
          },
        ]}
        logo={<StoryLogo />}
        meta="© 2026 Stadt Musterstadt · Texte unter CC BY 4.0"
      />
    </>
  );
}

const meta = {
  title: 'Komponenten/Seitenaufbau/Seitenrahmen',
  component: Seitenrahmen,
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Kopfzeile, Header mit Servicenavigation und Sprachwahl, PhaseBanner, Breadcrumb, Inhalt und Footer zusammen – jeder Teil gehört zu einem Landmark.',
      },
    },
  },
} satisfies Meta<typeof Seitenrahmen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tab läuft in Lesereihenfolge durch den ganzen Rahmen; auf schmalen Bildschirmen mit dem Schalter „Menü“. */
export const Standard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const link = (name: string) => canvas.getByRole('link', { name });
    const service = within(
      canvas.getByRole('navigation', { name: 'Servicenavigation', hidden: true }),
    );
    const trail = within(canvas.getByRole('navigation', { name: 'Brotkrumennavigation' }));
    const order = [
      link('Zum Inhalt springen'),
      canvas.getByText('Woran Sie das erkennen'),
      link('Stadt Musterstadt – Startseite'),
      link('Wohngeld online'),
      link('English'),
      link('Anmelden'),
      ...(window.matchMedia('(width >= 48rem)').matches
        ? ['Übersicht', 'Meine Anträge', 'Hilfe'].map((name) => service.getByRole('link', { name }))
        : [canvas.getByText('Menü')]),
      link('Ihre Rückmeldung'),
      // All trail links, or only the parent page where the breadcrumb is narrower than 30rem.
      ...trail.getAllByRole('link'),
      link('Nachrichten'),
      link('Impressum'),
    ];
    for (const element of order) {
      await userEvent.tab();
      await expect(element).toHaveFocus();
    }
    await expect(canvas.getByRole('banner')).toBeInTheDocument();
    await expect(canvas.getByRole('main')).toBeInTheDocument();
    await expect(canvas.getByRole('contentinfo')).toBeInTheDocument();
  },
};
