// Uploaded PDFs are stored as they are (re-rendering them would need a PDF engine on the server), so they
// are checked for what a PDF reader would run or open on its own: JavaScript, automatic actions,
// launching programs, embedded files, and HTML that makes the file a polyglot a browser would render.
//
// How: a scan for PDF name tokens, without a full parser (pdf-lib, the usual JavaScript one, has had no
// release since 2021). Names are decoded first (`/J#61vaScript` is `/JavaScript`). Scanned are the file's
// bytes outside stream data, and every stream that can hold PDF objects, decompressed (object streams,
// which PDF 1.5 and later writers use for most dictionaries, are Flate-compressed). What this scan cannot
// see into is refused as „cannot be checked“ rather than let through: an encrypted PDF, a stream with a
// filter other than Flate or an image codec, a stream dictionary whose /Filter, /Type or /Length is not
// written out, a stream that does not decompress, or more than MAX_DECODED_BYTES decompressed.
// Limits (documented in the README): image data (DCT, JPX, CCITT, JBIG2, Flate with /Subtype /Image) is
// not decoded, only checked for hidden object definitions; a harmless PDF may be refused when a
// forbidden name appears in an unusual place (e.g. uncompressed page text that contains `/JS`).
import { inflateSync, constants } from 'node:zlib';

/** Why a PDF is refused. */
export type PdfProblem = 'active' | 'embedded' | 'html' | 'unchecked';

/** Names a reader acts on by itself: scripts, automatic and launch actions, XFA forms, Flash. */
const ACTIVE = new Set(['JavaScript', 'JS', 'AA', 'Launch', 'RichMedia', 'XFA']);
/** Names of files inside the PDF. */
const EMBEDDED = new Set(['EmbeddedFile', 'EmbeddedFiles', 'FileAttachment', 'GoToE']);
/** Filters of image data: never parsed as PDF objects. */
const IMAGE_FILTERS = new Set([
  'DCTDecode',
  'DCT',
  'JPXDecode',
  'CCITTFaxDecode',
  'CCF',
  'JBIG2Decode',
]);
const FLATE = new Set(['FlateDecode', 'Fl']);

/** The most bytes all of a file's streams may decompress to; a 5 MB PDF of text and fonts needs far less. */
export const MAX_DECODED_BYTES = 64 * 1024 * 1024;

/** HTML a browser would run if it ever rendered the file as a page. */
const HTML =
  /<(?:script|iframe|object|embed|!doctype\s+html)\b|<(?:html|body|svg)[\s>/]|javascript:/i;
/** An object definition (`12 0 obj`): hidden in stream data, a repairing reader could still find it. */
const OBJECT = /(?:^|[^0-9])\d+\s+\d+\s+obj\b/;

/** The names in PDF syntax, with `#xx` escapes decoded. */
function* names(text: string): Generator<string> {
  for (const match of text.matchAll(/\/([^\s()<>[\]{}/%]*)/g)) {
    yield (match[1] ?? '').replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
  }
}

function problemIn(text: string): PdfProblem | undefined {
  for (const name of names(text)) {
    if (ACTIVE.has(name)) return 'active';
    if (EMBEDDED.has(name)) return 'embedded';
    if (name === 'Encrypt') return 'unchecked';
  }
  return undefined;
}

/** A stream dictionary's entry whose value must be written out: the value, 'indirect', or undefined. */
function entry(dict: string, key: string): string | undefined {
  const match = new RegExp(
    `/${key}(?=[\\s/<[(])\\s*(\\d+\\s+\\d+\\s+R|/[^\\s/<>[\\]()]+|\\[[^\\]]*\\]|\\d+)`,
  ).exec(dict);
  if (!match) return undefined;
  return (match[1] ?? '').endsWith('R') ? 'indirect' : match[1];
}

interface Stream {
  dict: string;
  start: number;
  end: number;
}

/** The streams of the file: their dictionary and where their data lies (by /Length, checked). */
function streams(text: string): Stream[] | 'unchecked' {
  const found: Stream[] = [];
  for (const match of text.matchAll(/(?<![A-Za-z])stream(?:\r\n|\n|\r)/g)) {
    const keyword = match.index;
    if (keyword < (found.at(-1)?.end ?? 0)) continue; // inside the data of the stream before
    const dictEnd = text.lastIndexOf('>>', keyword);
    if (dictEnd < 0 || text.slice(dictEnd + 2, keyword).trim() !== '') continue; // not a stream keyword
    const objAt = text.lastIndexOf('obj', dictEnd);
    if (objAt < 0 || text.slice(objAt - 3, objAt) === 'end') return 'unchecked';
    const dict = text.slice(objAt + 3, dictEnd + 2);
    const start = keyword + match[0].length;
    let length = entry(dict, 'Length');
    if (length === 'indirect') {
      const [, number, generation] = /\/Length\s+(\d+)\s+(\d+)\s+R/.exec(dict) ?? [];
      length = new RegExp(`(?:^|\\s)${number}\\s+${generation}\\s+obj\\s*(\\d+)\\s*endobj`).exec(
        text,
      )?.[1];
    }
    const end = start + Number(length ?? NaN);
    // The data must end where /Length says, followed by `endstream`: then every reader agrees where it ends.
    if (!Number.isSafeInteger(end) || !/^\s*endstream/.test(text.slice(end, end + 40)))
      return 'unchecked';
    found.push({ dict, start, end });
  }
  return found;
}

/** Checks a PDF's bytes; undefined when nothing was found. */
export function checkPdf(bytes: Uint8Array): PdfProblem | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (HTML.test(text)) return 'html';
  const found = streams(text);
  if (found === 'unchecked') return 'unchecked';
  // The bytes outside stream data, where every dictionary of a PDF without object streams is.
  let outside = '';
  let from = 0;
  const decoded: string[] = [];
  let budget = MAX_DECODED_BYTES;
  for (const { dict, start, end } of found) {
    outside += text.slice(from, start);
    from = end;
    const data = text.slice(start, end);
    const filterValue = entry(dict, 'Filter');
    const type = entry(dict, 'Type');
    const subtype = entry(dict, 'Subtype');
    if (filterValue === 'indirect' || type === 'indirect' || subtype === 'indirect')
      return 'unchecked';
    const filters = filterValue
      ? [...filterValue.matchAll(/\/([^\s/[\]]+)/g)].map((m) => m[1] ?? '')
      : [];
    const image = subtype === '/Image' && type !== '/ObjStm';
    if (filters.length === 0) {
      decoded.push(data); // plain data: scanned as it is
    } else if (filters.length === 1 && IMAGE_FILTERS.has(filters[0] ?? '') && type !== '/ObjStm') {
      if (OBJECT.test(data)) return 'unchecked';
    } else if (filters.length === 1 && FLATE.has(filters[0] ?? '')) {
      if (image || type === '/XRef') {
        // Pixels or the cross-reference table: no names in there, so not decompressed.
        if (OBJECT.test(data)) return 'unchecked';
        continue;
      }
      const predictor = /\/Predictor\s+(\d+)/.exec(dict)?.[1];
      if (predictor !== undefined && predictor !== '1') return 'unchecked';
      try {
        const plain = inflateSync(Buffer.from(data, 'latin1'), {
          maxOutputLength: Math.max(budget, 1),
          finishFlush: constants.Z_SYNC_FLUSH,
        });
        budget -= plain.length;
        if (budget <= 0) return 'unchecked';
        decoded.push(plain.toString('latin1'));
      } catch {
        return 'unchecked';
      }
    } else {
      return 'unchecked';
    }
  }
  outside += text.slice(from);
  for (const part of [outside, ...decoded]) {
    const problem = problemIn(part);
    if (problem) return problem;
  }
  return undefined;
}
