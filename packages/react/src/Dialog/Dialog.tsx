'use client';
import { closeDialog, dialog, dialogTexts, openDialog } from '@stadtkern/web/dialog';
import { forwardRef, useEffect, useId, useRef } from 'react';
import type { DialogHTMLAttributes, ReactNode } from 'react';
import { Button } from '../Button/Button.js';
import { cx } from '../internal/cx.js';
import { warnIfUnnamed } from '../internal/dev.js';
import { useBehaviour } from '../internal/useBehaviour.js';
import { useMergedRefs } from '../internal/useMergedRefs.js';
import { textsFor } from '../locale/messages.js';
import type { Locale } from '../locale/messages.js';

export type DialogVariant = 'default' | 'alert';
export type DialogHeadingLevel = 2 | 3 | 4;

export type DialogProps = Omit<
  DialogHTMLAttributes<HTMLDialogElement>,
  'open' | 'title' | 'onClose' | 'role' | 'children'
> & {
  /** The heading, which names the dialog (`aria-labelledby`). */
  title: ReactNode;
  /** The content of the body. In the alert variant it is the message (`aria-describedby`). */
  children?: ReactNode;
  /**
   * The buttons below the body, e.g. `<Button command="close" commandfor={id}>Abbrechen</Button>`.
   * A `<form>` around one action (sending the confirmation) stays in the row.
   */
  actions?: ReactNode;
  /**
   * `alert`: a confirmation (`role="alertdialog"`, described by the body, focus on the action with
   * `command="close"`, no close button, no light dismiss).
   * @default 'default'
   */
  variant?: DialogVariant;
  /**
   * The id the opener's `commandfor` names. Generated when omitted (then open it with `open`).
   */
  id?: string;
  /**
   * Controlled: `true` opens the dialog modally, `false` closes it. Omit it for an uncontrolled dialog
   * opened by an invoker button (`<Button command="show-modal" commandfor={id}>`). The server always
   * renders it closed.
   */
  open?: boolean;
  /** Called when the dialog has closed (Escape, a close button, light dismiss), with its `returnValue`. */
  onClose?: (returnValue: string) => void;
  /**
   * The close button „Schließen“ in the header.
   * @default true (false in the alert variant)
   */
  closeButton?: boolean;
  /**
   * A click on the backdrop closes the dialog (`closedby="any"`).
   * @default true (false in the alert variant)
   */
  lightDismiss?: boolean;
  /**
   * Level of the title's heading.
   * @default 2
   */
  headingLevel?: DialogHeadingLevel;
  /**
   * Language of the close button („Schließen“ / „Close“). Rendered as `data-sk-locale`.
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * A modal dialog on the native `<dialog>`: labelled by its heading, the page behind it inert and not
 * scrolling, Escape closes it and focus returns to the opener. Opened without a script by an invoker
 * button (`<Button command="show-modal" commandfor={id}>`) where the browser supports it, else by the
 * fallback of `@stadtkern/web`'s dialog behaviour, which also sets the initial focus (APG) and returns
 * focus. `className` goes to the `<dialog>`, and so does the ref.
 */
export const Dialog = forwardRef<HTMLDialogElement, DialogProps>(function Dialog(
  {
    title,
    children,
    actions,
    variant = 'default',
    id,
    open,
    onClose,
    closeButton = variant !== 'alert',
    lightDismiss = variant !== 'alert',
    headingLevel = 2,
    locale,
    className,
    ...rest
  },
  ref,
) {
  const generatedId = useId();
  const dialogId = id ?? generatedId;
  const titleId = `${dialogId}-titel`;
  const bodyId = `${dialogId}-text`;
  const element = useRef<HTMLDialogElement>(null);
  const mergedRef = useMergedRefs(ref, element);
  const texts = textsFor<{ close: string }>(dialogTexts, locale);
  if (process.env.NODE_ENV !== 'production')
    warnIfUnnamed(
      'Dialog',
      { children: title },
      'Give it a `title`: its heading names the dialog.',
    );

  // Initial focus, focus return, the invoker fallback and light dismiss: the behaviour of
  // @stadtkern/web, shared with plain HTML. It runs before the effect below opens the dialog.
  useBehaviour(element, dialog);
  useEffect(() => {
    const current = element.current;
    if (!current || open === undefined) return;
    if (open) openDialog(current);
    else closeDialog(current);
  }, [open]);

  const Heading = `h${String(headingLevel)}` as 'h2' | 'h3' | 'h4';
  // React and its types do not know closedby yet: rendered as a plain lower-case attribute.
  const dismiss: Record<string, string | undefined> = {
    closedby: lightDismiss ? 'any' : undefined,
  };
  return (
    <dialog
      ref={mergedRef}
      id={dialogId}
      className={cx('sk-dialog', variant === 'alert' && 'sk-dialog--alert', className)}
      role={variant === 'alert' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-describedby={variant === 'alert' ? bodyId : undefined}
      data-sk-locale={locale === 'en' ? 'en' : 'de'}
      onClose={(event) => {
        onClose?.(event.currentTarget.returnValue);
      }}
      {...dismiss}
      {...rest}
    >
      <div className="sk-dialog__header">
        <Heading className="sk-dialog__title" id={titleId}>
          {title}
        </Heading>
        {closeButton ? (
          <Button
            variant="tertiary"
            className="sk-dialog__close"
            command="close"
            commandfor={dialogId}
            locale={locale}
          >
            {texts.close}
          </Button>
        ) : null}
      </div>
      <div className="sk-dialog__body" id={variant === 'alert' ? bodyId : undefined}>
        {children}
      </div>
      {actions ? <div className="sk-dialog__actions">{actions}</div> : null}
    </dialog>
  );
});
if (process.env.NODE_ENV !== 'production') Dialog.displayName = 'Dialog';
