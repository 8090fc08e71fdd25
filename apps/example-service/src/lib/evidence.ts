// Evidence files: checked by size and by their content's signature (magic bytes), then images are
// decoded and encoded again (image.ts), PDFs checked for scripts and embedded files (pdf.ts), and what
// would be stored is given to the virus scanner if one is set (scan.ts) — all before anything is written
// to the uploads folder. Stored under a random name, never under a name from the request.
import { randomUUID } from 'node:crypto';
import { unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatFileSize } from '@stadtkern/web/file-upload';
import type { EvidenceId, Upload } from './application';
import { FILE_MODE, uploadDir } from './db';
import { MAX_IMAGE_PIXELS, reencodeImage } from './image';
import { checkPdf } from './pdf';
import type { PdfProblem } from './pdf';
import { virusScan } from './scan';
import { cleanText } from './validation';
import type { FieldError } from './validation';

import { MAX_FILE_BYTES } from './limits';

export { MAX_FILE_BYTES };
export const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** A file type the service accepts: its MIME type, extensions and content signature. */
export interface FileKind {
  type: string;
  extensions: readonly string[];
  signature: readonly number[];
}
const KINDS: readonly FileKind[] = [
  { type: 'application/pdf', extensions: ['pdf'], signature: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/jpeg', extensions: ['jpg', 'jpeg'], signature: [0xff, 0xd8, 0xff] },
  {
    type: 'image/png',
    extensions: ['png'],
    signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
];

/**
 * The file name to show and store: without any path, cleaned as all text (cleanText: NFC, without control
 * and format characters such as U+202E, which would show „rechnung‮fdp.exe“ as „rechnungexe.pdf“), at
 * most its last 80 characters.
 */
export function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const characters = Array.from(cleanText(base));
  return characters.length > 0 ? characters.slice(-80).join('') : 'Datei';
}

/**
 * The names an empty file input's part arrives with. The browser sends it with no bytes and an empty file
 * name (`filename=""`). Without JavaScript, Next.js reads the form with `Request.formData()`: a File named
 * ''. With JavaScript, it reads the server action's body with busboy, which takes only a non-empty
 * `filename` and so reports none; React's `decodeReplyFromBusboy` then builds `new File(chunks, undefined)`,
 * a File named "undefined".
 */
const NO_FILE_NAMES = ['', 'undefined'];

/**
 * Whether the file input sent a file: anything but the part of an empty input. A chosen file without
 * content keeps its name and counts (checkFile refuses it as empty).
 */
export const isChosen = (value: FormDataEntryValue | null): value is File =>
  value !== null &&
  typeof value !== 'string' &&
  !(value.size === 0 && NO_FILE_NAMES.includes(value.name));

const PDF_MESSAGES: Record<PdfProblem, (name: string) => string> = {
  active: (name) =>
    `Die Datei „${name}“ enthält JavaScript oder Aktionen, die sich beim Öffnen selbst ausführen. Laden Sie ein PDF ohne solche Inhalte hoch, zum Beispiel einen Scan des Dokuments.`,
  embedded: (name) =>
    `Die Datei „${name}“ enthält eingebettete Dateien. Laden Sie ein PDF ohne Anhänge hoch.`,
  html: (name) =>
    `Die Datei „${name}“ enthält Webseiten-Code (HTML). Laden Sie ein PDF ohne solche Inhalte hoch, zum Beispiel einen Scan des Dokuments.`,
  unchecked: (name) =>
    `Die Datei „${name}“ lässt sich nicht prüfen, zum Beispiel weil sie verschlüsselt ist. Laden Sie ein PDF ohne Passwortschutz hoch oder ein Foto des Dokuments als JPG.`,
};

const thousands = (n: number): string => n.toLocaleString('de-DE');

/**
 * The content to store for each file that passed checkFile: the re-encoded image, or the PDF as it came.
 * storeFile writes only this, so a file that was not checked cannot be stored.
 */
const checkedContent = new WeakMap<File, Uint8Array>();

/** Checks one file; returns its kind or the error to show. */
export async function checkFile(file: File, fieldId: string): Promise<FileKind | FieldError> {
  const name = displayName(file.name);
  if (file.size === 0) {
    return { fieldId, message: `Die Datei „${name}“ ist leer.`, code: 'file-empty' };
  }
  if (file.size > MAX_FILE_BYTES) {
    return {
      fieldId,
      message: `Die Datei „${name}“ ist ${formatFileSize(file.size, 'de')} groß. Sie darf höchstens 5 MB groß sein.`,
      code: 'file-too-large',
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = KINDS.find((k) => k.signature.every((byte, i) => bytes[i] === byte));
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (!kind?.extensions.includes(extension)) {
    return {
      fieldId,
      message: `Die Datei „${name}“ muss ein PDF, JPG oder PNG sein.`,
      code: 'file-type',
    };
  }
  let content: Uint8Array = bytes;
  if (kind.type === 'application/pdf') {
    const problem = checkPdf(bytes);
    if (problem) return { fieldId, message: PDF_MESSAGES[problem](name), code: `pdf-${problem}` };
  } else {
    const image = await reencodeImage(bytes, kind.type === 'image/png' ? 'png' : 'jpeg');
    if (!image.ok && image.reason === 'too-many-pixels') {
      return {
        fieldId,
        message: `Das Bild „${name}“ ist ${thousands(image.width)} × ${thousands(image.height)} Pixel groß. Es darf höchstens ${MAX_IMAGE_PIXELS / 1_000_000} Megapixel haben, zum Beispiel 8.000 × 5.000 Pixel.`,
        code: 'image-too-large',
      };
    }
    if (!image.ok) {
      return {
        fieldId,
        message: `Die Datei „${name}“ lässt sich nicht als Bild öffnen. Sie muss ein vollständiges JPG oder PNG sein.`,
        code: 'image-damaged',
      };
    }
    content = image.bytes;
  }
  const scan = await virusScan(content);
  if (scan === 'infected') {
    return {
      fieldId,
      message: `In der Datei „${name}“ wurde Schadsoftware gefunden. Sie wurde nicht gespeichert.`,
      code: 'virus',
    };
  }
  if (scan === 'error') {
    return {
      fieldId,
      message: `Die Datei „${name}“ konnte nicht auf Schadsoftware geprüft werden und wurde nicht gespeichert. Versuchen Sie es später noch einmal.`,
      code: 'scan-failed',
    };
  }
  checkedContent.set(file, content);
  return kind;
}

/**
 * Writes a file checked by checkFile under a new random id: the checked content (a re-encoded image),
 * readable only by the service (0600). `size` stays the size of the file as uploaded, the one the
 * applicant sees.
 */
export async function storeFile(file: File, evidence: EvidenceId, kind: FileKind): Promise<Upload> {
  const content = checkedContent.get(file);
  if (!content) throw new Error('storeFile: the file was not checked by checkFile');
  const id = randomUUID();
  await writeFile(join(uploadDir(), id), content, { flag: 'wx', mode: FILE_MODE });
  return { id, evidence, name: displayName(file.name), type: kind.type, size: file.size };
}

/** Removes a replaced file; the id comes from the database, never from the request. */
export async function removeFile(id: string): Promise<void> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return;
  await unlink(join(uploadDir(), id)).catch(() => undefined);
}
