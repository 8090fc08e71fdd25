// Real components in the candidate theme, in one colour scheme, whatever the toolbar shows.
import { useId } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorSummary,
  FormField,
  Header,
  Heading,
  Table,
  TableCell,
  TableHeaderCell,
  TextInput,
} from '@stadtkern/react';
import { PREVIEW_ATTRIBUTE } from '@stadtkern/tokens/engine';
import { SCHEME_LABEL } from './german';
import type { Scheme } from './german';

/** Real components in the candidate theme: a form with an error, buttons, an alert, a header, a table. */
export function Preview({ id, scheme, name }: { id: string; scheme: Scheme; name: string }) {
  const field = useId();
  return (
    <section
      aria-label={`Vorschau ${SCHEME_LABEL[scheme]}`}
      {...{ [PREVIEW_ATTRIBUTE]: id }}
      data-sk-color-scheme={scheme}
      style={{
        background: 'var(--sk-color-layout-background-level-1)',
        color: 'var(--sk-color-layout-text-default)',
        fontFamily: 'var(--sk-typography-font-family-default)',
        padding: 'var(--sk-metric-space-medium)',
        border: 'var(--sk-metric-border-width-default) solid var(--sk-color-layout-border-default)',
        minInlineSize: 0,
      }}
    >
      <Heading level={3}>Vorschau: {SCHEME_LABEL[scheme]}</Heading>
      <Header
        serviceName={`${name || 'Musterstadt'} – Bürgerservice`}
        serviceHref="#werkstatt"
        logoLabel={`${name || 'Musterstadt'} – Startseite`}
        logoHref="#werkstatt"
      />
      <div
        style={{
          display: 'grid',
          // minmax(0, …): the table's scroll region may be narrower than the table.
          gridTemplateColumns: 'minmax(0, 1fr)',
          gap: 'var(--sk-metric-space-medium)',
          marginBlock: '1rem',
        }}
      >
        <ErrorSummary
          focusOnMount={false}
          errors={[
            { href: `#${field}`, message: 'Geben Sie eine Postleitzahl mit 5 Ziffern ein.' },
          ]}
        />
        <FormField
          label="Postleitzahl"
          hint="Zum Beispiel 80331"
          error="Geben Sie eine Postleitzahl mit 5 Ziffern ein."
        >
          <TextInput id={field} defaultValue="8033" width={5} inputMode="numeric" />
        </FormField>
        <ButtonGroup>
          <Button>Weiter</Button>
          <Button variant="secondary">Entwurf speichern</Button>
          <Button variant="tertiary">Abbrechen</Button>
        </ButtonGroup>
        <Alert variant="info" title="Hinweis" headingLevel={3}>
          Ihr Antrag wird in 3 Werktagen bearbeitet.
        </Alert>
        <Table caption={`Gebühren (${SCHEME_LABEL[scheme]})`}>
          <thead>
            <tr>
              <TableHeaderCell scope="col">Leistung</TableHeaderCell>
              <TableHeaderCell scope="col" numeric>
                Gebühr
              </TableHeaderCell>
            </tr>
          </thead>
          <tbody>
            <tr>
              <TableCell>Bewohnerparkausweis</TableCell>
              <TableCell numeric>30,00 €</TableCell>
            </tr>
            <tr>
              <TableCell>Ersatzausweis</TableCell>
              <TableCell numeric>10,00 €</TableCell>
            </tr>
          </tbody>
        </Table>
      </div>
    </section>
  );
}
