// Consumer proof: a Next.js App Router app installs the packed tarballs, builds for production and is
// served by `next start`. The page is a server component. Components without behaviour must arrive as
// server-rendered HTML only (their code is in no client chunk) — the form parts as well as the page frame
// (Header, Footer, Breadcrumb) and the content of a service (Table, SummaryList, Panel); the `'use client'`
// components (Button, Textarea) must hydrate and respond in Chromium. The interactive components (Accordion,
// Tabs, Dialog) arrive in their complete closed/initial state without JavaScript and get the behaviour of
// @stadtkern/web after hydration. Development code (docs/adr/0009-development-build-by-export-condition.md):
// `next build` ships none of its texts, `next dev` uses the development build and warns.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/lib/chromium.mjs';
import { installConsumer, tarballDependencies } from '../lib/pack.mjs';

const NEXT_VERSION = '16.4.6';

const LAYOUT = `import '@stadtkern/tokens/css/themes/hamburg.css';
import '@stadtkern/css';

export const metadata = { title: 'Anwohnerparken – Stadtkern' };

export default function RootLayout({ children }) {
  return (
    <html lang="de" data-sk-theme="hamburg">
      <body>{children}</body>
    </html>
  );
}
`;

// A server component (no 'use client'): it imports straight from the package entry.
const PAGE = `import {
  Accordion,
  AccordionSection,
  Alert,
  Badge,
  Breadcrumb,
  Button,
  Checkbox,
  Dialog,
  Footer,
  FormField,
  Header,
  Heading,
  Link,
  List,
  Panel,
  ServiceNavigation,
  SummaryList,
  Table,
  TableCell,
  TableHeaderCell,
  Tabs,
  Text,
  TextInput,
  Textarea,
} from '@stadtkern/react';
import { Counter } from './counter.jsx';

const logo = (
  <svg role="img" aria-label="Freie und Hansestadt Hamburg" viewBox="0 0 40 48">
    <path d="M4 44V20l8-6v-8h4v5l4-3 16 12v24H24V32h-8v12z" />
  </svg>
);

export default function Page() {
  return (
    <>
      <Header
        logo={logo}
        logoHref="/"
        logoLabel="Hamburg – Startseite"
        serviceName="Anwohnerparken online"
        serviceHref="/"
        navigation={
          <ServiceNavigation
            items={[
              { label: 'Übersicht', href: '/', current: true },
              { label: 'Hilfe', href: '/hilfe' },
            ]}
          />
        }
      />
      <Breadcrumb
        items={[
          { label: 'Startseite', href: '/' },
          { label: 'Bürgerservice', href: '/buergerservice' },
          { label: 'Anwohnerparken beantragen' },
        ]}
      />
      <main>
        <Heading level={1}>Anwohnerparken beantragen</Heading>
        <Text variant="lead">Der Antrag dauert etwa zehn Minuten.</Text>
        <Badge>Neu</Badge>
        <Alert variant="warning" title="Hinweis">Halten Sie Ihren Fahrzeugschein bereit.</Alert>
        <List>
          <li>Personalausweis</li>
          <li>Fahrzeugschein</li>
        </List>
        <Table caption="Gebühren">
          <thead>
            <tr>
              <TableHeaderCell>Dauer</TableHeaderCell>
              <TableHeaderCell numeric>Gebühr in Euro</TableHeaderCell>
            </tr>
          </thead>
          <tbody>
            <tr>
              <TableHeaderCell scope="row">1 Jahr</TableHeaderCell>
              <TableCell numeric>30</TableCell>
            </tr>
          </tbody>
        </Table>
        <SummaryList
          rows={[
            { key: 'Geburtsdatum', value: '12. August 1964', actions: [{ href: '/geburtsdatum' }] },
            { key: 'Gebühr', value: '30 Euro' },
          ]}
        />
        <form>
          <FormField label="Nachname" hint="Wie im Ausweis" required>
            <TextInput name="nachname" autoComplete="family-name" />
          </FormField>
          <FormField label="Begründung">
            <Textarea name="begruendung" maxCharacters={100} />
          </FormField>
          <Checkbox label="Ich stimme zu" name="zustimmung" />
        </form>
        <Panel title="Antrag gesendet" headingLevel={2} reference="2026-0815" />
        <Accordion headingLevel={2}>
          <AccordionSection id="faq-kosten" title="Was kostet der Ausweis?">
            <p>30 Euro im Jahr.</p>
          </AccordionSection>
          <AccordionSection id="faq-dauer" title="Wie lange dauert es?">
            <p>Zwei Wochen.</p>
          </AccordionSection>
        </Accordion>
        <Tabs
          label="Hilfe"
          headingLevel={3}
          items={[
            { id: 'hilfe-online', label: 'Online', content: <p>Rund um die Uhr.</p> },
            { id: 'hilfe-vor-ort', label: 'Vor Ort', content: <p>Im Bürgerbüro.</p> },
          ]}
        />
        <Button variant="secondary" command="show-modal" commandfor="zone">
          Was ist eine Bewohnerparkzone?
        </Button>
        <Dialog id="zone" title="Was ist eine Bewohnerparkzone?">
          <p>Ein Gebiet, in dem Sie mit Ausweis parken dürfen.</p>
        </Dialog>
        <Link href="/datenschutz">Datenschutz</Link>
        <Counter />
      </main>
      <Footer
        groups={[
          {
            heading: 'Rechtliches',
            links: [
              { label: 'Impressum', href: '/impressum' },
              { label: 'Erklärung zur Barrierefreiheit', href: '/barrierefreiheit' },
            ],
          },
        ]}
        meta="© 2026 Freie und Hansestadt Hamburg"
      />
    </>
  );
}
`;

// The app's own client component passes an event handler to the library's Button.
const COUNTER = `'use client';
import { useState } from 'react';
import { Button } from '@stadtkern/react';

export function Counter() {
  const [count, setCount] = useState(0);
  return <Button onClick={() => setCount((n) => n + 1)}>{'Gezählt: ' + count}</Button>;
}
`;

// A page with a Button without an accessible name: `next dev` must warn about it, `next build` must not
// even contain the warning.
const UNNAMED = `import { Button } from '@stadtkern/react';

export default function Unnamed() {
  return <Button aria-label=" " />;
}
`;
const WARNINGS = ['has no accessible name', 'left as it is']; // @stadtkern/react, @stadtkern/web

// Root classes of the components the page renders on the server only, and of the two that hydrate.
const SERVER_ONLY = [
  'sk-heading',
  'sk-text',
  'sk-badge',
  'sk-alert',
  'sk-list',
  'sk-form-field',
  'sk-text-input',
  'sk-checkbox',
  'sk-link',
  'sk-header',
  'sk-service-navigation',
  'sk-footer',
  'sk-breadcrumb',
  'sk-table',
  'sk-summary-list',
  'sk-panel',
];
const HYDRATED = ['sk-button', 'sk-textarea', 'sk-accordion__toggle-all', 'sk-tabs', 'sk-dialog'];
const inCode = (code, cls) => code.includes(`"${cls}"`) || code.includes(`'${cls}'`);

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForServer(url, child, output) {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output.join('')}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await delay(250);
  }
  throw new Error(`next start did not answer within 30 s:\n${output.join('')}`);
}

it('renders server components without client JS and hydrates the interactive components (Next.js App Router)', async () => {
  const dir = installConsumer('next-app', {
    next: NEXT_VERSION,
    react: '19.3.1',
    'react-dom': '19.3.1',
    ...tarballDependencies(),
  });
  mkdirSync(join(dir, 'app'));
  writeFileSync(join(dir, 'app/layout.jsx'), LAYOUT);
  writeFileSync(join(dir, 'app/page.jsx'), PAGE);
  writeFileSync(join(dir, 'app/counter.jsx'), COUNTER);
  mkdirSync(join(dir, 'app/unnamed'));
  writeFileSync(join(dir, 'app/unnamed/page.jsx'), UNNAMED);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  const next = join(dir, 'node_modules/.bin/next');
  try {
    execFileSync(next, ['build'], { cwd: dir, env, stdio: 'pipe' });
  } catch (error) {
    throw new Error(`next build failed:\n${error.stdout}${error.stderr}`);
  }

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const output = [];
  const child = spawn(next, ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    await waitForServer(origin, child, output);

    // 1. Without JavaScript the whole page is there: it is server-rendered HTML.
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const staticPage = await noJs.newPage();
    await staticPage.goto(origin);
    await staticPage
      .getByRole('heading', { level: 1, name: 'Anwohnerparken beantragen' })
      .waitFor();
    assert.equal(
      await staticPage.getByRole('textbox', { name: 'Nachname (Pflichtfeld)' }).count(),
      1,
    );
    assert.equal(await staticPage.getByRole('checkbox', { name: 'Ich stimme zu' }).count(), 1);
    assert.equal(await staticPage.getByRole('link', { name: 'Datenschutz' }).count(), 1);
    assert.equal(await staticPage.getByRole('banner').count(), 1);
    assert.equal(
      await staticPage.getByRole('link', { name: 'Anwohnerparken online', exact: true }).count(),
      1,
    );
    assert.equal(
      await staticPage.getByRole('navigation', { name: 'Brotkrumennavigation' }).count(),
      1,
    );
    assert.equal(await staticPage.getByRole('table', { name: 'Gebühren' }).count(), 1);
    // Chromium puts a space before the visually hidden „: Geburtsdatum“ (absolutely positioned, so a block).
    assert.equal(await staticPage.getByRole('link', { name: 'Ändern Geburtsdatum' }).count(), 1);
    await staticPage.getByText('2026-0815').waitFor();
    assert.equal(
      await staticPage
        .getByRole('contentinfo')
        .getByRole('link', { name: 'Erklärung zur Barrierefreiheit' })
        .count(),
      1,
    );
    assert.match(
      await staticPage.getByText('Halten Sie Ihren Fahrzeugschein bereit.').innerText(),
      /Fahrzeugschein/,
    );
    // The interactive components' server state: sections closed, tabs as a table of contents, dialog shut.
    assert.equal(
      await staticPage.getByRole('heading', { level: 2, name: 'Was kostet der Ausweis?' }).count(),
      1,
    );
    assert.equal(await staticPage.getByText('30 Euro im Jahr.').isVisible(), false);
    assert.equal(await staticPage.getByRole('button', { name: 'Alle öffnen' }).count(), 0);
    assert.equal(
      await staticPage.getByRole('list', { name: 'Hilfe' }).getByRole('link').count(),
      2,
    );
    assert.equal(await staticPage.getByText('Im Bürgerbüro.').isVisible(), true);
    assert.equal(await staticPage.getByRole('dialog').count(), 0);
    await noJs.close();

    // 2. With JavaScript: collect every script the page loads, then use the interactive parts.
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = [];
    const external = [];
    const errors = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin)) external.push(request.url());
    });
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(origin, { waitUntil: 'networkidle' });

    const button = page.getByRole('button', { name: 'Gezählt: 0' });
    await button.click();
    await page.getByRole('button', { name: 'Gezählt: 1' }).waitFor({ timeout: 10_000 });

    const textarea = page.getByRole('textbox', { name: 'Begründung' });
    await textarea.fill('Ich wohne hier.');
    await page.getByText('Noch 85 Zeichen', { exact: true }).waitFor({ timeout: 10_000 });

    // After hydration the behaviours of @stadtkern/web are there.
    await page.getByRole('button', { name: 'Alle öffnen' }).click();
    await page.getByText('30 Euro im Jahr.').waitFor();
    await page.getByRole('tab', { name: 'Online', selected: true }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tabpanel', { name: 'Vor Ort' }).waitFor();
    await page.getByRole('button', { name: 'Was ist eine Bewohnerparkzone?' }).click();
    await page.getByRole('dialog', { name: 'Was ist eine Bewohnerparkzone?' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    const code = (await Promise.all(scripts)).join('\n');
    for (const cls of HYDRATED) {
      assert.ok(inCode(code, cls), `${cls} should be in the client JavaScript (it hydrates)`);
    }
    const shipped = SERVER_ONLY.filter((cls) => inCode(code, cls));
    assert.deepEqual(shipped, [], 'components without behaviour must not ship client JavaScript');
    assert.deepEqual(errors, [], 'no hydration or runtime errors');
    assert.deepEqual(external, [], 'no request leaves the app');
    await context.close();

    // 3. No development text in what `next build` wrote, for the browser or the server.
    const built = readdirSync(join(dir, '.next'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.c?js$/.test(file))
      .map((file) => readFileSync(join(dir, '.next', file), 'utf8'))
      .join('\n');
    for (const text of WARNINGS) assert.ok(!built.includes(text), `next build ships „${text}“`);
  } finally {
    await browser.close();
    child.kill();
  }

  // 4. `next dev` uses the development build: rendering the unnamed Button warns.
  const devPort = await freePort();
  const devOutput = [];
  const dev = spawn(next, ['dev', '--port', String(devPort), '--hostname', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout.on('data', (chunk) => devOutput.push(String(chunk)));
  dev.stderr.on('data', (chunk) => devOutput.push(String(chunk)));
  try {
    await waitForServer(`http://127.0.0.1:${devPort}/unnamed`, dev, devOutput);
    const warning = /\[Stadtkern\] Button has no accessible name/;
    for (let wait = 0; wait < 40 && !warning.test(devOutput.join('')); wait += 1) await delay(250);
    assert.match(devOutput.join(''), warning);
  } finally {
    dev.kill();
  }
});
