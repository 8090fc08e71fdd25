// Image files for the upload tests, made in code: PNGs chunk by chunk (so a test can add what an attacker
// would — private chunks, text chunks, bytes after the end, a header claiming 20,000 × 20,000 pixels).
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One PNG chunk: length, type, data, CRC-32 of type and data. */
export function chunk(type, data = Buffer.alloc(0)) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * A valid PNG: `width` × `height` RGB pixels in a colour gradient, or with `bitDepth: 1` black-and-white
 * (all black: a big image in few bytes). `before` are chunks put before the image data, `after` chunks
 * before IEND, `trailing` bytes after IEND.
 */
export function pngBytes({ width, height, bitDepth = 8, before = [], after = [], trailing } = {}) {
  const colourType = bitDepth === 1 ? 0 : 2;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([bitDepth, colourType, 0, 0, 0], 8);
  const rowBytes = bitDepth === 1 ? Math.ceil(width / 8) : width * 3;
  const row = (y) => {
    const bytes = Buffer.alloc(1 + rowBytes); // filter type 0, then the pixels
    if (bitDepth !== 1)
      for (let x = 0; x < width; x += 1) bytes.set([x % 256, y % 256, 128], 1 + x * 3);
    return bytes;
  };
  // The rows are deflated as one stream; for the black-and-white image every row is the same.
  const raw =
    bitDepth === 1
      ? Buffer.alloc(height * (1 + rowBytes))
      : Buffer.concat(Array.from({ length: height }, (_, y) => row(y)));
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    ...before,
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    ...after,
    chunk('IEND'),
    ...(trailing ? [Buffer.from(trailing)] : []),
  ]);
}

/** A valid 16 × 16 PNG of exactly `size` bytes: the rest is a private chunk (`skPd`) that re-encoding drops. */
export function paddedPng(size) {
  const base = pngBytes({ width: 16, height: 16 });
  const padding = size - base.length - 12;
  if (padding < 0) throw new Error(`a PNG needs at least ${base.length + 12} bytes`);
  return pngBytes({ width: 16, height: 16, after: [chunk('skPd', Buffer.alloc(padding))] });
}
