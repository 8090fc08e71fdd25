// Evidence files: checked by size and by their content's signature (magic bytes) before anything is
// written; stored under a random name in the data folder, never under a name from the request.
import { randomUUID } from 'node:crypto';
import { unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatFileSize } from '@stadtkern/web/file-upload';
import type { EvidenceId, Upload } from './application';
import { uploadDir } from './db';
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

/** The file name to show: without any path, control characters or more than 80 characters. */
export function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (clean || 'Datei').slice(-80);
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
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const kind = KINDS.find((k) => k.signature.every((byte, i) => head[i] === byte));
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (!kind?.extensions.includes(extension)) {
    return {
      fieldId,
      message: `Die Datei „${name}“ muss ein PDF, JPG oder PNG sein.`,
      code: 'file-type',
    };
  }
  return kind;
}

/** Writes a checked file under a new random id. */
export async function storeFile(file: File, evidence: EvidenceId, kind: FileKind): Promise<Upload> {
  const id = randomUUID();
  await writeFile(join(uploadDir(), id), new Uint8Array(await file.arrayBuffer()), { flag: 'wx' });
  return { id, evidence, name: displayName(file.name), type: kind.type, size: file.size };
}

/** Removes a replaced file; the id comes from the database, never from the request. */
export async function removeFile(id: string): Promise<void> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return;
  await unlink(join(uploadDir(), id)).catch(() => undefined);
}
