import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../Button/Button.js';
import { Link } from '../Link/Link.js';
import { Dialog } from './Dialog.js';
import type { DialogProps } from './Dialog.js';

const meta = {
  title: 'Komponenten/Rückmeldung/Dialog',
  tags: ['stage-experimental'],
  component: Dialog,
  args: { id: 'zone', title: 'Was ist eine Bewohnerparkzone?' },
  argTypes: {
    variant: { control: 'select', options: ['default', 'alert'] },
    headingLevel: { control: 'select', options: [2, 3, 4] },
    locale: { control: 'select', options: ['de', 'en'] },
  },
} satisfies Meta<typeof Dialog>;

export default meta;
type Story = StoryObj<typeof meta>;

function Zone(props: Partial<DialogProps>) {
  return (
    <Dialog
      id="zone"
      title="Was ist eine Bewohnerparkzone?"
      actions={
        <Button command="close" commandfor="zone">
          Verstanden
        </Button>
      }
      {...props}
    >
      <p>
        Ein Gebiet, in dem Anwohnerinnen und Anwohner mit Bewohnerparkausweis ohne Parkschein und
        ohne Zeitgrenze parken dürfen. Welche Zone für Sie gilt, hängt von Ihrer Meldeadresse ab.
      </p>
      <p>
        <Link href="/bewohnerparken/zonen">Karte der Bewohnerparkzonen</Link>
      </p>
    </Dialog>
  );
}

function Zurueckziehen(props: Partial<DialogProps>) {
  return (
    <Dialog
      id="zurueckziehen"
      variant="alert"
      title="Antrag wirklich zurückziehen?"
      actions={
        <>
          <form
            method="post"
            action="/antrag/zurueckziehen"
            onSubmit={(event) => {
              // The docs must not navigate away.
              event.preventDefault();
            }}
          >
            <Button type="submit">Antrag zurückziehen</Button>
          </form>
          <Button variant="secondary" command="close" commandfor="zurueckziehen">
            Abbrechen
          </Button>
        </>
      }
      {...props}
    >
      <p>
        Ihr Antrag auf einen Bewohnerparkausweis wird gelöscht. Das können Sie nicht rückgängig
        machen.
      </p>
    </Dialog>
  );
}

/** The story of the shared behaviour spec (dialog.mjs): the same openers and dialogs as the plain HTML. */
export const Bewohnerparken: Story = {
  render: () => (
    <>
      <Button variant="secondary" command="show-modal" commandfor="zone">
        Was ist eine Bewohnerparkzone?
      </Button>
      <Zone />
      <Button variant="tertiary" command="show-modal" commandfor="zurueckziehen">
        Antrag zurückziehen
      </Button>
      <Zurueckziehen />
    </>
  ),
};

export const Geoeffnet: Story = {
  name: 'Geöffnet',
  render: () => <Zone open />,
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    const dialog = await page.findByRole('dialog', { name: 'Was ist eine Bewohnerparkzone?' });
    // Modal: the page behind it is inert (its opacity is still animating in).
    await expect(dialog.matches(':modal')).toBe(true);
    await expect(page.getByRole('link', { name: 'Karte der Bewohnerparkzonen' })).toHaveFocus();
  },
};

export const Bestaetigung: Story = {
  name: 'Bestätigung (alert)',
  render: () => <Zurueckziehen open />,
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    await page.findByRole('alertdialog', { name: 'Antrag wirklich zurückziehen?' });
    await expect(page.getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
  },
};

function Controlled() {
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState('');
  return (
    <>
      <Button
        variant="secondary"
        onClick={() => {
          setOpen(true);
        }}
      >
        Hinweis anzeigen
      </Button>
      <p aria-live="polite">{result}</p>
      <Zone
        id="gesteuert"
        open={open}
        onClose={(value) => {
          setOpen(false);
          setResult(value ? `Geschlossen mit „${value}“.` : 'Geschlossen.');
        }}
        actions={
          <Button command="close" commandfor="gesteuert" value="verstanden">
            Verstanden
          </Button>
        }
      />
    </>
  );
}

export const Gesteuert: Story = {
  name: 'Gesteuert (open, onClose)',
  render: () => <Controlled />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const opener = canvas.getByRole('button', { name: 'Hinweis anzeigen' });
    await userEvent.click(opener);
    const page = within(canvasElement.ownerDocument.body);
    await page.findByRole('dialog', { name: 'Was ist eine Bewohnerparkzone?' });
    await userEvent.click(page.getByRole('button', { name: 'Verstanden' }));
    await expect(opener).toHaveFocus();
    // The close event is a task of its own: wait for onClose.
    await expect(await canvas.findByText('Geschlossen mit „verstanden“.')).toBeInTheDocument();
  },
};

export const Englisch: Story = {
  name: 'Englisch (locale="en")',
  // The locale is set in the render, not as an arg: the preview marks the story's language from this.
  parameters: { lang: 'en' },
  render: () => (
    <Dialog
      id="zone-en"
      locale="en"
      open
      title="What is a residents’ parking zone?"
      actions={
        <Button command="close" commandfor="zone-en" locale="en">
          Got it
        </Button>
      }
    >
      <p>
        An area where residents with a permit may park without a ticket and without a time limit.
      </p>
    </Dialog>
  ),
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    await page.findByRole('dialog', { name: 'What is a residents’ parking zone?' });
    await expect(page.getByRole('button', { name: 'Close' })).toBeInTheDocument();
  },
};
