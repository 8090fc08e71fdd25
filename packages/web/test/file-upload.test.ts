import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileUploadTexts, formatFileSize } from '../src/file-upload.js';
import { start } from '../src/index.js';
import { flush, setBody } from './helpers.js';

/** The markup of the CSS docs (FileUpload.mdx), as `FileUpload` in @stadtkern/react renders it. */
const upload = ({ multiple = true, max = '5242880', lang = '' } = {}) => `
  <div class="sk-file-upload"${lang ? ` data-sk-locale="${lang}"` : ''}>
    <input type="file" class="sk-file-upload__input" id="nachweise" name="nachweise" aria-label="Nachweise"${
      multiple ? ' multiple' : ''
    } accept=".pdf,.jpg,.jpeg,.png,application/pdf" data-sk-max-size="${max}">
    <p class="sk-file-upload__drop-zone" hidden>oder Dateien hierher ziehen</p>
    <ul class="sk-file-upload__list"></ul>
    <p class="sk-file-upload__status" aria-live="polite"></p>
  </div>`;

let stop: () => void = () => undefined;
afterEach(() => {
  stop();
  vi.restoreAllMocks();
  setBody('');
});

const MB = 1024 * 1024;
/** Intl may join number and unit with a no-break space; the expectations write a plain one. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const file = (name: string, size: number, type = '') =>
  new File([new Uint8Array(size)], name, { type });
const input = () => document.querySelector('input') as HTMLInputElement;
const status = () => document.querySelector('.sk-file-upload__status')?.textContent;
const items = () =>
  [...document.querySelectorAll('.sk-file-upload__item')].map((li) => plain(li.textContent));
const names = () => [...(input().files ?? [])].map((f) => f.name);
const removeButton = (name: string) =>
  document.querySelector(`button[aria-label="${name}"]`) as HTMLButtonElement;

/** What the browser does when a person picks files: sets `files` and fires a bubbling `change`. */
function choose(...files: File[]) {
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input().files = transfer.files;
  input().dispatchEvent(new Event('change', { bubbles: true }));
}

function drop(target: Element, ...files: File[]) {
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  const event = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: transfer });
  target.dispatchEvent(event);
  return event;
}

describe('FileUpload behaviour', () => {
  it('shows the drop zone; the input stays the one control', () => {
    setBody(upload());
    const zone = document.querySelector('.sk-file-upload__drop-zone') as HTMLElement;
    expect(zone.hidden).toBe(true);
    stop = start();
    expect(zone.hidden).toBe(false);
    expect(document.querySelectorAll('button, [tabindex]')).toHaveLength(0);
  });

  it('lists the chosen files with name, size (de: „1,2 MB“) and a remove button each; announces the count', () => {
    setBody(upload());
    stop = start();
    choose(file('antrag.pdf', 1.2 * MB, 'application/pdf'), file('foto.JPG', 300 * 1024));
    expect(items()).toEqual(['antrag.pdf 1,2 MB Entfernen', 'foto.JPG 300 kB Entfernen']);
    expect(removeButton('antrag.pdf entfernen').type).toBe('button');
    expect(status()).toBe('2 Dateien ausgewählt.');
  });

  it('a wrong type is taken out of input.files with its message; listeners after it see only the rest', () => {
    setBody(upload());
    stop = start();
    const seen: string[][] = [];
    input().addEventListener('change', () => seen.push(names()));
    choose(file('scan.tiff', 1000, 'image/tiff'), file('antrag.pdf', 1000, 'application/pdf'));
    expect(names()).toEqual(['antrag.pdf']);
    expect(seen).toEqual([['antrag.pdf']]);
    expect(items()[0]).toBe('„scan.tiff“ ist kein erlaubter Dateityp. Erlaubt: PDF, JPG, PNG.');
    expect(document.querySelector('.sk-file-upload__item--error')?.textContent).toBe(items()[0]);
    expect(status()).toBe(
      '„scan.tiff“ ist kein erlaubter Dateityp. Erlaubt: PDF, JPG, PNG. 1 Datei ausgewählt.',
    );
  });

  it('accept: extensions (any case), exact MIME types and image/*', () => {
    setBody(upload());
    input().accept = 'image/*,application/pdf,.odt';
    stop = start();
    choose(
      file('a.PNG', 1, 'image/png'),
      file('b', 1, 'image/webp'),
      file('c', 1, 'application/pdf'),
      file('d.ODT', 1),
      file('e.docx', 1, 'application/msword'),
    );
    expect(names()).toEqual(['a.PNG', 'b', 'c', 'd.ODT']);
    expect(items()[0]).toBe('„e.docx“ ist kein erlaubter Dateityp. Erlaubt: Bilder, PDF, ODT.');
  });

  it('a file over data-sk-max-size is rejected with „… ist größer als 5 MB.“', () => {
    setBody(upload());
    stop = start();
    choose(file('gross.pdf', 5 * MB + 1, 'application/pdf'), file('klein.pdf', 5 * MB));
    expect(names()).toEqual(['klein.pdf']);
    expect(items()).toEqual(['„gross.pdf“ ist größer als 5 MB.', 'klein.pdf 5 MB Entfernen']);
  });

  it('remove: rebuilds input.files, fires a bubbling change, moves focus to the next remove button, else the input', () => {
    setBody(upload());
    stop = start();
    choose(file('a.pdf', 10), file('b.pdf', 20), file('c.pdf', 30));
    const changes = vi.fn();
    document.body.addEventListener('change', changes);
    removeButton('a.pdf entfernen').click();
    expect(names()).toEqual(['b.pdf', 'c.pdf']);
    expect(changes).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(removeButton('b.pdf entfernen'));
    expect(status()).toBe('„a.pdf“ entfernt. 2 Dateien ausgewählt.');
    removeButton('c.pdf entfernen').click();
    expect(names()).toEqual(['b.pdf']);
    expect(document.activeElement).toBe(input());
    removeButton('b.pdf entfernen').click();
    expect(names()).toEqual([]);
    expect(items()).toEqual([]);
    expect(status()).toBe('„b.pdf“ entfernt. Keine Datei ausgewählt.');
  });

  it('removing keeps the messages about files rejected before', () => {
    setBody(upload());
    stop = start();
    choose(file('scan.tiff', 1), file('a.pdf', 1), file('b.pdf', 1));
    removeButton('a.pdf entfernen').click();
    expect(items()[0]).toContain('scan.tiff');
    choose(file('c.pdf', 1));
    expect(items()).toEqual(['c.pdf 1 Byte Entfernen']);
  });

  it('drop adds to the files with multiple, replaces without; checks dropped files too', () => {
    setBody(upload() + upload({ multiple: false }).replace('nachweise', 'einzeln'));
    stop = start();
    choose(file('a.pdf', 1));
    const event = drop(
      document.querySelector('.sk-file-upload__drop-zone') as Element,
      file('b.png', 1),
      file('x.exe', 1),
    );
    expect(event.defaultPrevented).toBe(true);
    expect(names()).toEqual(['a.pdf', 'b.png']);
    expect(items()[0]).toContain('x.exe');

    const single = document.querySelectorAll('input')[1] as HTMLInputElement;
    drop(single, file('c.pdf', 1));
    drop(single.parentElement as Element, file('d.pdf', 1), file('e.pdf', 1));
    expect([...(single.files ?? [])].map((f) => f.name)).toEqual(['d.pdf']);
  });

  it('a file dragged over the component: the drop is allowed and shown with --drag-over, until it leaves', () => {
    setBody(upload());
    stop = start();
    const root = document.querySelector('.sk-file-upload') as HTMLElement;
    const enter = new Event('dragover', { bubbles: true, cancelable: true });
    Object.defineProperty(enter, 'dataTransfer', { value: { types: ['Files'] } });
    root.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(root.classList.contains('sk-file-upload--drag-over')).toBe(true);
    root.dispatchEvent(new Event('dragleave', { bubbles: true }));
    expect(root.className).toBe('sk-file-upload');
  });

  it('English texts with data-sk-locale="en" (or lang="en"): „1.2 MB“, „Remove …“', () => {
    setBody(upload({ lang: 'en' }));
    stop = start();
    choose(file('scan.tiff', 1), file('big.pdf', 6 * MB), file('form.pdf', 1.2 * MB));
    expect(items()).toEqual([
      '“scan.tiff” is not an allowed file type. Allowed: PDF, JPG, PNG.',
      '“big.pdf” is larger than 5 MB.',
      'form.pdf 1.2 MB Remove',
    ]);
    expect(removeButton('Remove form.pdf')).not.toBeNull();
    expect(status()).toContain('1 file selected.');
    expect(fileUploadTexts.en.dropZone).toBe('or drag and drop here');
    expect(plain(formatFileSize(1, 'en'))).toBe('1 byte');
  });

  it('formats sizes in steps of 1024: Byte, kB, MB with one decimal in the locale', () => {
    expect(plain(formatFileSize(512, 'de'))).toBe('512 Byte');
    expect(plain(formatFileSize(1, 'de'))).toBe('1 Byte');
    expect(plain(formatFileSize(2048, 'de'))).toBe('2 kB');
    expect(plain(formatFileSize(300.4 * 1024, 'en'))).toBe('300 kB');
    expect(plain(formatFileSize(1.25 * MB, 'de'))).toBe('1,3 MB');
    expect(plain(formatFileSize(1.25 * MB, 'en'))).toBe('1.3 MB');
    expect(plain(formatFileSize(3 * 1024 * MB, 'de'))).toBe('3 GB');
  });

  it('formatFileSize: bytes in the plural in English, and terabytes', () => {
    expect(plain(formatFileSize(512, 'en'))).toBe('512 bytes');
    expect(plain(formatFileSize(2 * 1024 * 1024 * MB, 'de'))).toBe('2 TB');
  });

  it('is idempotent: starting twice lists and announces once', async () => {
    setBody(upload());
    stop = start();
    const stopSecond = start();
    const writes: string[] = [];
    const live = document.querySelector('.sk-file-upload__status') as HTMLElement;
    new MutationObserver(() => writes.push(live.textContent)).observe(live, { childList: true });
    choose(file('a.pdf', 1));
    stopSecond();
    await flush();
    expect(items()).toHaveLength(1);
    expect(writes).toEqual(['1 Datei ausgewählt.']);
  });

  it('enhances an upload inserted later (Vue, htmx) without another call', async () => {
    setBody('<main></main>');
    stop = start();
    document.querySelector('main')?.insertAdjacentHTML('beforeend', upload());
    await flush();
    choose(file('a.pdf', 1));
    expect(items()).toEqual(['a.pdf 1 Byte Entfernen']);
  });

  it.each([
    [
      'no file input',
      upload().replace('type="file"', 'type="text"'),
      'no input.sk-file-upload__input[type="file"]',
    ],
    [
      'a max size that is not a number',
      upload({ max: '5 MB' }),
      'data-sk-max-size must be a number of bytes (got "5 MB")',
    ],
    [
      'no drop zone',
      upload().replace(/<p class="sk-file-upload__drop-zone".*?<\/p>/, ''),
      'no .sk-file-upload__drop-zone',
    ],
    [
      'no list',
      upload().replace('<ul class="sk-file-upload__list"></ul>', ''),
      'no ul.sk-file-upload__list',
    ],
    [
      'no live status',
      upload().replace(' aria-live="polite"', ''),
      'no .sk-file-upload__status[aria-live]',
    ],
  ])('bad markup (%s): left as it is, with a warning naming the element', (_, html, problem) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    setBody(html);
    const before = document.body.innerHTML;
    expect(() => (stop = start())).not.toThrow();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining(problem),
      document.querySelector('.sk-file-upload'),
    );
    expect(document.body.innerHTML).toBe(before);
  });
});
