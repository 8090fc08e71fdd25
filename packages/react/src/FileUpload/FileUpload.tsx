'use client';
import { fileUpload, fileUploadTexts } from '@stadtkern/web/file-upload';
import { forwardRef, useRef } from 'react';
import type { InputHTMLAttributes } from 'react';
import { cx } from '../internal/cx.js';
import { devWarning } from '../internal/dev.js';
import { useBehaviour } from '../internal/useBehaviour.js';
import { textsFor } from '../locale/messages.js';
import type { Locale } from '../locale/messages.js';

export type FileUploadProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value'> & {
  /**
   * The largest file accepted, in bytes (e.g. `5 * 1024 * 1024` for 5 MB). Bigger files are taken out
   * of the input with a message. Check the size on the server too.
   * @default undefined (no limit in the browser)
   */
  maxSize?: number;
  /**
   * Text of the drop zone shown once the script runs.
   * @default 'oder hierher ziehen und ablegen' (de) / 'or drag and drop here' (en)
   */
  dropZoneText?: string;
  /**
   * Language of the texts: the drop zone, the file list, the messages and announcements.
   * @default 'de'
   */
  locale?: Locale;
};

/**
 * A native file input that works without JavaScript, inside a normal `<form>` and with form libraries:
 * the real `<input type="file">` holds the files, `onChange` fires for every change, and the ref points
 * to it. Enhanced by `@stadtkern/web/file-upload`: a drop zone, the list of chosen files with their size
 * and a remove button each, and a message for every file of a wrong type (`accept`) or over `maxSize`.
 * Use it inside `FormField` for the label, hint and error. `className` goes to the wrapper
 * `.sk-file-upload`; all other props and the ref go to the `<input>`.
 */
export const FileUpload = forwardRef<HTMLInputElement, FileUploadProps>(function FileUpload(
  { maxSize, dropZoneText, locale, className, ...rest },
  ref,
) {
  const root = useRef<HTMLDivElement>(null);
  useBehaviour(root, fileUpload);
  if (
    process.env.NODE_ENV !== 'production' &&
    !rest.id &&
    !rest['aria-label'] &&
    !rest['aria-labelledby']
  )
    devWarning(
      'FileUpload has no accessible name. Put it in a FormField (label), or give it an id with a <label for>, or aria-label.',
    );
  return (
    <div
      ref={root}
      className={cx('sk-file-upload', className)}
      // The behaviour speaks the language of the texts rendered here (German unless locale="en"),
      // whatever `lang` the page has.
      data-sk-locale={locale === 'en' ? 'en' : 'de'}
    >
      <input
        ref={ref}
        type="file"
        className="sk-file-upload__input"
        data-sk-max-size={maxSize}
        {...rest}
      />
      <p className="sk-file-upload__drop-zone" hidden>
        {dropZoneText ?? textsFor<{ dropZone: string }>(fileUploadTexts, locale).dropZone}
      </p>
      <ul className="sk-file-upload__list" />
      <p className="sk-file-upload__status" aria-live="polite" />
    </div>
  );
});
if (process.env.NODE_ENV !== 'production') FileUpload.displayName = 'FileUpload';
