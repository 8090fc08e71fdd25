// Uploaded images (PNG, JPEG) are decoded and encoded again before they are stored: what reaches the
// case worker is only the pixels, without metadata (EXIF with GPS position, comments), without anything
// after the image's end (a PDF, HTML or a ZIP appended to make a polyglot) and without private chunks.
// The dimensions are read from the header first: an image over MAX_IMAGE_PIXELS is refused before a
// single pixel is decoded, so a decompression bomb (a small file that decodes to gigabytes) never is.
//
// sharp (libvips, prebuilt binaries from the npm registry, no install script) rather than pure JavaScript
// (pngjs + jpeg-js): on this 2-core machine a 12-megapixel JPEG takes 0.23–0.30 s with sharp, off the
// main thread, and about 2.1 s and 270 MB more memory with jpeg-js, on the main thread, where it blocks
// every other request. sharp also applies the EXIF orientation before the metadata is dropped, so a
// phone photo is not stored sideways.
import sharp from 'sharp';

/** The most pixels an image may have: a 12- to 24-megapixel phone photo or an A4 page scanned at 600 dpi (35 MP) fits. */
export const MAX_IMAGE_PIXELS = 40_000_000;

// Nothing an applicant uploads is kept in libvips' operation cache.
sharp.cache(false);

export type ImageFormat = 'png' | 'jpeg';

/** An image's width and height as its header states them, or undefined when there is no valid header. */
export function imageSize(
  bytes: Uint8Array,
  format: ImageFormat,
): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (format === 'png') {
    // The signature (8 bytes), then the IHDR chunk: length (4), type (4), width (4), height (4).
    if (bytes.length < 24) return undefined;
    const type = String.fromCharCode(...bytes.subarray(12, 16));
    if (type !== 'IHDR') return undefined;
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  // JPEG: walk the segments after SOI (FFD8) to the first start-of-frame marker, which holds the size.
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return undefined;
    const marker = bytes[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      i += 2; // markers without a length
      continue;
    }
    const length = view.getUint16(i + 2);
    const startOfFrame =
      marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (startOfFrame) {
      if (i + 9 > bytes.length) return undefined;
      return { height: view.getUint16(i + 5), width: view.getUint16(i + 7) };
    }
    if (marker === 0xd9 || marker === 0xda || length < 2) return undefined; // end or scan before a frame
    i += 2 + length;
  }
  return undefined;
}

// One image at a time: decoding a 40-megapixel image needs about 160 MB, and requests may come in
// parallel. A 12-megapixel photo waits at most for the ones before it (0.23–0.30 s each, README „Uploads“).
let queue: Promise<unknown> = Promise.resolve();
const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
};

/** The result of re-encoding: the new file, or why there is none. */
export type Reencoded =
  | { ok: true; bytes: Uint8Array; width: number; height: number }
  | { ok: false; reason: 'too-many-pixels'; width: number; height: number }
  | { ok: false; reason: 'damaged' };

/**
 * Decodes the image and encodes it again in the same format: JPEG at quality 90 (turned as its EXIF
 * orientation says), PNG losslessly. Checks the header's dimensions first; never throws.
 */
export async function reencodeImage(bytes: Uint8Array, format: ImageFormat): Promise<Reencoded> {
  const size = imageSize(bytes, format);
  if (!size || size.width === 0 || size.height === 0) return { ok: false, reason: 'damaged' };
  if (size.width * size.height > MAX_IMAGE_PIXELS) {
    return { ok: false, reason: 'too-many-pixels', ...size };
  }
  try {
    return await oneAtATime(async () => {
      // limitInputPixels: libvips checks the header again itself; failOn 'warning': a truncated or
      // corrupt image is refused, not stored half decoded.
      const input = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'warning' });
      const meta = await input.metadata();
      // The content signature chose the format; libvips must agree (it can read SVG, TIFF, … too).
      if (meta.format !== format) return { ok: false as const, reason: 'damaged' as const };
      const pipeline = format === 'jpeg' ? input.autoOrient().jpeg({ quality: 90 }) : input.png();
      const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
      return {
        ok: true as const,
        bytes: new Uint8Array(data),
        width: info.width,
        height: info.height,
      };
    });
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}
