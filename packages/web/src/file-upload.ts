import { localeOf, requireParts, warn } from './core.js';
import type { Behaviour } from './core.js';

/** The texts of the file upload, once for plain HTML and `FileUpload` in `@stadtkern/react`. */
export const fileUploadTexts = {
  de: {
    dropZone: 'oder hierher ziehen und ablegen',
    chosen: (n: number) => `${n || 'Keine'} Datei${n > 1 ? 'en' : ''} ausgewählt.`,
    remove: 'Entfernen',
    removeName: (file: string) => `${file} entfernen`,
    removed: (file: string) => `„${file}“ entfernt.`,
    wrongType: (file: string, allowed: string) =>
      `„${file}“ ist kein erlaubter Dateityp. Erlaubt: ${allowed}.`,
    tooBig: (file: string, limit: string) => `„${file}“ ist größer als ${limit}.`,
    images: 'Bilder',
  },
  en: {
    dropZone: 'or drag and drop here',
    chosen: (n: number) => `${n || 'No'} file${n === 1 ? '' : 's'} selected.`,
    remove: 'Remove',
    removeName: (file: string) => `Remove ${file}`,
    removed: (file: string) => `“${file}” removed.`,
    wrongType: (file: string, allowed: string) =>
      `“${file}” is not an allowed file type. Allowed: ${allowed}.`,
    tooBig: (file: string, limit: string) => `“${file}” is larger than ${limit}.`,
    images: 'images',
  },
} as const;

/**
 * A size in bytes for people: „512 Byte“, „300 kB“, „1,2 MB“ (de) or „512 bytes“, „1.2 MB“ (en), in steps
 * of 1024 — how upload limits are set (Spring's `10MB`, PHP's `10M` and nginx's `10m` are 10 × 1024 × 1024
 * bytes) and how Windows Explorer shows files, so the limit a service states and the size of a chosen file
 * read the same here as in the person's file manager. Whole kilobytes, one decimal from megabytes on.
 * `formatFileSize` of `@stadtkern/utils` is this function (and gives '' for what is no size).
 */
export function formatFileSize(bytes: number, locale: 'de' | 'en'): string {
  let unit = 0;
  while (bytes >= 1024 && unit < 4) {
    bytes /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'][unit],
    unitDisplay: unit ? 'short' : 'long',
    maximumFractionDigits: unit > 1 ? 1 : 0,
  }).format(bytes);
}

/**
 * `.sk-file-upload`: a native `input.sk-file-upload__input[type=file]` that works without a script. The
 * behaviour shows the `.sk-file-upload__drop-zone` (rendered `hidden`) and takes files dropped anywhere
 * on the component (added with `multiple`, else replacing). Every choice is checked against `accept`
 * (extensions, exact MIME types, `type/*`) and `data-sk-max-size` (bytes): files that fail are taken out
 * of `input.files` and get a message each; the files kept are listed in `ul.sk-file-upload__list` with
 * their size and a remove button. `.sk-file-upload__status[aria-live]` announces the result. Removing
 * and dropping rebuild `input.files` and dispatch a bubbling `change`, so forms, React and form
 * libraries see the files the input holds.
 */
export const fileUpload: Behaviour = {
  name: 'file-upload',
  selector: '.sk-file-upload',
  enhance(root) {
    const parts = requireParts('file-upload', root, [
      'input.sk-file-upload__input[type="file"]',
      '.sk-file-upload__drop-zone',
      'ul.sk-file-upload__list',
      '.sk-file-upload__status[aria-live]',
    ]);
    if (!parts) return false;
    const [input, zone, list, status] = parts;
    const max = Number(input.getAttribute('data-sk-max-size') ?? Infinity);
    if (!(max > 0))
      return (
        process.env.NODE_ENV !== 'production' &&
        warn(
          'file-upload',
          root,
          `data-sk-max-size must be a number of bytes (got ${JSON.stringify(input.getAttribute('data-sk-max-size'))})`,
        )
      );
    const locale = localeOf(root);
    const texts = fileUploadTexts[locale];
    // The `accept` list: extensions (`.pdf`), exact MIME types and `type/*`, lower case.
    const tokens = input.accept.toLowerCase().match(/[^\s,]+/g) ?? [];
    const allowed = [
      ...new Set(
        tokens.map((token) =>
          token === 'image/*'
            ? texts.images
            : token
                .replace(/^\.|^.*\//, '')
                .toUpperCase()
                .replace('JPEG', 'JPG'),
        ),
      ),
    ].join(', ');
    const doc = root.ownerDocument;
    let errors: string[] = [];
    let note = '';

    const element = <K extends keyof HTMLElementTagNameMap>(
      tag: K,
      part: string,
      ...children: (Node | string)[]
    ): HTMLElementTagNameMap[K] => {
      const node = doc.createElement(tag);
      node.className = `sk-file-upload__${part}`;
      node.append(...children);
      return node;
    };

    /** Puts `files` into the input; with `change`, tells everyone listening (forms, React …). */
    const setFiles = (files: File[], change?: boolean): void => {
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(file);
      input.files = transfer.files;
      if (change) input.dispatchEvent(new Event('change', { bubbles: true }));
    };

    const check = (): void => {
      const kept: File[] = [];
      const rejected: string[] = [];
      for (const file of input.files ?? []) {
        const name = file.name.toLowerCase();
        const type = file.type.toLowerCase();
        if (
          tokens.length &&
          !tokens.some((token) =>
            token.startsWith('.')
              ? name.endsWith(token)
              : token.endsWith('/*')
                ? type.startsWith(token.slice(0, -1))
                : type === token,
          )
        )
          rejected.push(texts.wrongType(file.name, allowed));
        else if (file.size > max)
          rejected.push(texts.tooBig(file.name, formatFileSize(max, locale)));
        else kept.push(file);
      }
      if (rejected.length) setFiles(kept);
      // A removal keeps the messages about files rejected before; a new choice replaces them.
      if (!note) errors = rejected;
      list.replaceChildren(
        ...errors.map((message) => element('li', 'item sk-file-upload__item--error', message)),
        ...kept.map((file, index) => {
          const button = element('button', 'remove', texts.remove);
          button.type = 'button';
          button.setAttribute('aria-label', texts.removeName(file.name));
          button.addEventListener('click', () => {
            note = texts.removed(file.name);
            setFiles(
              kept.filter((other) => other !== file),
              true,
            );
            // Focus where the removed file was: the next remove button, else the input.
            ((list.querySelectorAll('button')[index] as HTMLElement | undefined) ?? input).focus();
          });
          return element(
            'li',
            'item',
            element('span', 'name', file.name),
            ' ',
            element('span', 'size', formatFileSize(file.size, locale)),
            ' ',
            button,
          );
        }),
      );
      status.textContent = [note, ...rejected, texts.chosen(kept.length)].join(' ').trim();
      note = '';
    };
    // Capture on the root: runs before listeners on the input and before React's onChange, so every
    // listener sees only the files that passed.
    root.addEventListener(
      'change',
      (event) => {
        if (event.target === input) check();
      },
      true,
    );

    const drag = (over: boolean): void => {
      root.classList.toggle('sk-file-upload--drag-over', over);
    };
    root.addEventListener('dragover', (event) => {
      if (input.disabled || !(event as DragEvent).dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      drag(true);
    });
    root.addEventListener('dragleave', (event) => {
      if (!root.contains((event as DragEvent).relatedTarget as Node | null)) drag(false);
    });
    root.addEventListener('drop', (event) => {
      const dropped = [...((event as DragEvent).dataTransfer?.files ?? [])];
      drag(false);
      if (input.disabled || !dropped.length) return;
      // The browser would replace the input's files or open the file: the behaviour decides instead.
      event.preventDefault();
      setFiles(input.multiple ? [...(input.files ?? []), ...dropped] : dropped.slice(0, 1), true);
    });

    zone.hidden = false;
    // Files the browser kept (back navigation) are checked and listed at once.
    if (input.files?.length) check();
    return true;
  },
};
