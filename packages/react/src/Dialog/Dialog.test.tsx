import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { describeBasics } from '../test/basics.js';
import { Button } from '../Button/Button.js';
import { Dialog } from './Dialog.js';

// happy-dom has no invoker commands: these tests run the fallback of @stadtkern/web. Chromium's native
// invokers, Escape, the inert page, the scroll lock and the look are checked in the browser by the
// shared behaviour spec (packages/web/test/browser/behaviours/dialog.mjs) and the stories' axe tests.

describeBasics('Dialog', {
  component: Dialog,
  rootClass: 'sk-dialog',
  rootTag: 'DIALOG',
  render: (extra) => <Dialog title="Hinweis" {...extra} />,
});

function Zone({ open, onClose }: { open?: boolean; onClose?: (value: string) => void }) {
  return (
    <>
      <Button command="show-modal" commandfor="zone">
        Was ist eine Bewohnerparkzone?
      </Button>
      <Dialog
        id="zone"
        title="Was ist eine Bewohnerparkzone?"
        open={open}
        onClose={onClose}
        actions={
          <Button command="close" commandfor="zone" value="ok">
            Verstanden
          </Button>
        }
      >
        <p>Ein Gebiet, in dem nur mit Ausweis länger geparkt werden darf.</p>
        <p>
          <a href="/bewohnerparken/zonen">Karte der Bewohnerparkzonen</a>
        </p>
      </Dialog>
    </>
  );
}

function Zurueckziehen() {
  return (
    <>
      <Button command="show-modal" commandfor="zurueckziehen">
        Antrag zurückziehen
      </Button>
      <Dialog
        id="zurueckziehen"
        variant="alert"
        title="Antrag wirklich zurückziehen?"
        actions={
          <>
            <form method="post" action="/antrag/zurueckziehen">
              <Button type="submit">Antrag zurückziehen</Button>
            </form>
            <Button variant="secondary" command="close" commandfor="zurueckziehen">
              Abbrechen
            </Button>
          </>
        }
      >
        <p>Ihr Antrag wird gelöscht.</p>
      </Dialog>
    </>
  );
}

const modal = () => document.querySelector('dialog') as HTMLDialogElement;

describe('Dialog: acceptance criteria (Dialog.mdx)', () => {
  it('Semantik: a native <dialog> named by its heading; the alert variant is an alertdialog described by its message', async () => {
    const user = userEvent.setup();
    render(<Zone />);
    await user.click(screen.getByRole('button', { name: 'Was ist eine Bewohnerparkzone?' }));
    const dialog = screen.getByRole('dialog', { name: 'Was ist eine Bewohnerparkzone?' });
    expect(dialog.tagName).toBe('DIALOG');
    expect(screen.getByRole('heading', { level: 2 })).toHaveAttribute(
      'id',
      dialog.getAttribute('aria-labelledby'),
    );
    modal().close();

    render(<Zurueckziehen />);
    const opener = screen.getAllByRole('button', { name: 'Antrag zurückziehen' })[0];
    if (opener) await user.click(opener);
    const alert = screen.getByRole('alertdialog', { name: 'Antrag wirklich zurückziehen?' });
    expect(alert).toHaveAccessibleDescription('Ihr Antrag wird gelöscht.');
  });

  it('Ohne JavaScript: the server renders the dialog closed, with invoker buttons that open and close it', () => {
    const html = renderToString(<Zone open />);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const dialog = doc.querySelector('dialog');
    expect(dialog?.hasAttribute('open')).toBe(false);
    expect(dialog?.getAttribute('closedby')).toBe('any');
    const opener = doc.querySelector('button[command="show-modal"]');
    expect(opener?.getAttribute('commandfor')).toBe('zone');
    const closers = doc.querySelectorAll('dialog button[command="close"][commandfor="zone"]');
    expect([...closers].map((b) => b.textContent)).toEqual(['Schließen', 'Verstanden']);
  });

  it('Öffnen: the opener opens it modally; controlled by open, with onClose and the returnValue', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Zone />);
    await user.click(screen.getByRole('button', { name: 'Was ist eine Bewohnerparkzone?' }));
    expect(modal().open).toBe(true);
    unmount();

    const closed = vi.fn();
    function Controlled() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button
            type="button"
            onClick={() => {
              setOpen(true);
            }}
          >
            Hinweis anzeigen
          </button>
          <Zone
            open={open}
            onClose={(value) => {
              closed(value);
              setOpen(false);
            }}
          />
        </>
      );
    }
    render(<Controlled />);
    expect(modal().open).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Hinweis anzeigen' }));
    expect(modal().open).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Verstanden' }));
    expect(modal().open).toBe(false);
    expect(closed).toHaveBeenCalledWith('ok');
  });

  it('Fokus: starts on the first focusable element of the body (alert: on „Abbrechen“) and returns to the opener', async () => {
    const user = userEvent.setup();
    render(<Zone />);
    const opener = screen.getByRole('button', { name: 'Was ist eine Bewohnerparkzone?' });
    await user.click(opener);
    expect(screen.getByRole('link', { name: 'Karte der Bewohnerparkzonen' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Schließen' }));
    expect(modal().open).toBe(false);
    expect(opener).toHaveFocus();

    document.body.innerHTML = '';
    render(<Zurueckziehen />);
    const confirmOpener = screen.getAllByRole('button', { name: 'Antrag zurückziehen' })[0];
    if (confirmOpener) await user.click(confirmOpener);
    expect(screen.getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(confirmOpener).toHaveFocus();
  });

  it('Schließen: „Schließen“ in the header and light dismiss; the alert variant has neither', () => {
    render(<Zone />);
    expect(modal()).toHaveAttribute('closedby', 'any');
    expect(screen.getByRole('button', { name: 'Schließen', hidden: true })).toHaveAttribute(
      'command',
      'close',
    );
    document.body.innerHTML = '';
    render(<Zurueckziehen />);
    expect(modal()).not.toHaveAttribute('closedby');
    expect(screen.queryByRole('button', { name: 'Schließen', hidden: true })).toBeNull();
  });

  it('Sprache: German by default, English with locale="en"', () => {
    render(
      <div lang="en">
        <Dialog id="de" title="Hinweis" />
        <Dialog id="en" title="Notice" locale="en" />
      </div>,
    );
    const [german, english] = screen.getAllByRole('button', { hidden: true });
    expect(german).toHaveTextContent(/^Schließen$/);
    expect(english).toHaveTextContent(/^Close$/);
    expect(document.getElementById('en')).toHaveAttribute('data-sk-locale', 'en');
    expect(document.getElementById('de')).toHaveAttribute('data-sk-locale', 'de');
  });
});

describe('Dialog', () => {
  it('renders the heading level asked for and className on the dialog', () => {
    render(<Dialog title="Hinweis" headingLevel={3} className="app-extra" />);
    expect(screen.getByRole('heading', { level: 3, hidden: true })).toHaveClass('sk-dialog__title');
    expect(modal()).toHaveClass('sk-dialog app-extra', { exact: true });
  });

  it('warns in development when it has no title', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<Dialog title="" />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Dialog has no accessible name'));
  });
});
