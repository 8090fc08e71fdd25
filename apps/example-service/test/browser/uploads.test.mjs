// Issue #26, item 7 (and item 5's file names): what is stored for the case worker to open. Images are
// decoded and encoded again (nothing but the pixels is kept) and capped in pixels before decoding, a file
// that only claims to be an image is refused, PDFs with scripts, automatic actions, embedded files or
// HTML are refused, every file passes the virus-scan hook (a small Node script as the scanner here), and
// file names are cleaned like all text. No browser: plain form posts, as without JavaScript.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { answerUpTo, client, html, target } from './http.mjs';
import { chunk, pngBytes } from './images.mjs';
import { startService } from './service.mjs';

/** The test scanner: records what it was given; exit 1 for a file with the test marker, 2 for a broken scan. */
const tools = mkdtempSync(join(tmpdir(), 'sk-scanner-'));
const scanLog = join(tools, 'scanned.jsonl');
const scanner = join(tools, 'scanner.mjs');
writeFileSync(
  scanner,
  `import { appendFileSync, readFileSync, statSync } from 'node:fs';
const path = process.argv.at(-1);
const content = readFileSync(path, 'latin1');
appendFileSync(${JSON.stringify(scanLog)}, JSON.stringify({ args: process.argv.slice(2), mode: statSync(path).mode & 0o777, size: content.length }) + '\\n');
if (content.includes('SK-TEST-SCHADSOFTWARE')) process.exit(1);
if (content.includes('SK-TEST-SCANNER-FEHLER')) { console.error('database missing'); process.exit(2); }
`,
);
const scanned = () =>
  existsSync(scanLog)
    ? readFileSync(scanLog, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
    : [];

/** @type {Awaited<ReturnType<typeof startService>>} */
let service;
before(async () => {
  service = await startService({
    env: { SK_VIRUS_SCAN_COMMAND: `${process.execPath} ${scanner} --no-summary` },
  });
});
after(() => service?.stop());

/** Uploads `file` as the registration certificate in a new session at the evidence step. */
async function upload(file, on = service) {
  const uploadsDir = join(on.dataDir, 'uploads');
  const applicant = client(on.origin);
  await answerUpTo(applicant, 'kern');
  const before = new Set(readdirSync(uploadsDir));
  const response = await applicant.post('/kern/antrag/nachweise', 'Weiter', {
    fahrzeugschein: file,
  });
  assert.equal(response.status, 303);
  const location = target(response);
  const added = readdirSync(uploadsDir).filter((id) => !before.has(id));
  return { applicant, location, added };
}

/** Uploads `file` and returns what was stored: the file's bytes and its row. */
async function stored(file, on = service) {
  const { location, added } = await upload(file, on);
  assert.equal(location, '/kern/antrag/pruefen', `${file.name} was refused`);
  assert.equal(added.length, 1);
  const [row] = on.query('SELECT name, type, size FROM uploads WHERE id = ?', added[0]);
  return { bytes: readFileSync(join(on.dataDir, 'uploads', added[0])), row };
}

/** Uploads `file`, expects it refused with nothing written, and returns the question page's error. */
async function refused(file, on = service) {
  const { applicant, location, added } = await upload(file, on);
  assert.match(location, /^\/kern\/antrag\/nachweise\?fehler=/, `${file.name} was stored`);
  assert.deepEqual(added, []);
  const page = await html(await applicant.get(location));
  const message = /<a[^>]*href="#fahrzeugschein"[^>]*>([^<]*)<\/a>/.exec(page)?.[1];
  assert.ok(message, 'the error summary links to the file input');
  return message;
}

const image = (name, bytes, type = 'image/png') => ({ name, type, bytes });
const pdf = (name, text) => ({ name, type: 'application/pdf', bytes: Buffer.from(text, 'latin1') });
const HTML = '<html><body><script>alert(document.cookie)</script></body></html>';

describe('images are decoded and encoded again', () => {
  it('a PNG keeps its pixels and loses its text chunks, private chunks and what follows its end', async () => {
    const original = pngBytes({
      width: 64,
      height: 48,
      before: [chunk('tEXt', Buffer.from('Comment\0geheime Notiz'))],
      after: [chunk('skPd', Buffer.from('privater Inhalt'))],
      trailing: HTML,
    });
    const { bytes, row } = await stored(image('ueberlassung.png', original));
    assert.equal(row.type, 'image/png');
    const text = bytes.toString('latin1');
    for (const gone of ['<script', 'geheime Notiz', 'privater Inhalt', 'skPd']) {
      assert.ok(!text.includes(gone), `stored file still contains ${gone}`);
    }
    const meta = await sharp(bytes).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ['png', 64, 48]);
    const [pixels, expected] = await Promise.all(
      [bytes, original].map((b) => sharp(b).removeAlpha().raw().toBuffer()),
    );
    assert.ok(pixels.equals(expected), 'the pixels are the same');
  });

  it('a 12-megapixel phone photo (JPEG) is stored upright, without EXIF and without what was appended', async (t) => {
    const width = 4032;
    const height = 3024;
    // Gradients with noise (a fixed pseudo-random sequence): about 1.1 MB as JPEG.
    const raw = Buffer.alloc(width * height * 3);
    let seed = 1;
    for (let i = 0; i < raw.length; i += 1) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const pixel = Math.floor(i / 3);
      raw[i] = (((pixel % width) >> 4) + (Math.floor(pixel / width) >> 4) + (seed % 12)) & 255;
    }
    const photo = await sharp(raw, { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 85 })
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Make: 'Telefon', Model: 'Kamera 12' } })
      .toBuffer();
    assert.equal((await sharp(photo).metadata()).orientation, 6);
    const file = image('foto.jpg', Buffer.concat([photo, Buffer.from(HTML)]), 'image/jpeg');
    assert.ok(file.bytes.length < 5 * 1024 * 1024, `${file.bytes.length} bytes`);
    const started = Date.now();
    const { bytes, row } = await stored(file);
    t.diagnostic(`${file.bytes.length} bytes uploaded and stored in ${Date.now() - started} ms`);
    assert.equal(row.type, 'image/jpeg');
    const meta = await sharp(bytes).metadata();
    assert.equal(meta.format, 'jpeg');
    // Turned as the orientation said: portrait now, and no orientation left to apply.
    assert.deepEqual([meta.width, meta.height, meta.orientation], [height, width, undefined]);
    assert.equal(meta.exif, undefined);
    const text = bytes.toString('latin1');
    assert.ok(!text.includes('Telefon') && !text.includes('<script'));
  });

  it('a PNG of 20,000 × 20,000 pixels is refused from its header, before decoding, with a German message', async () => {
    // Valid and only 49 KB: black and white, every row the same. Decoded it would be 400 megapixels.
    const bomb = pngBytes({ width: 20_000, height: 20_000, bitDepth: 1 });
    assert.ok(bomb.length < 100_000);
    assert.equal(
      await refused(image('riesig.png', bomb)),
      'Das Bild „riesig.png“ ist 20.000 × 20.000 Pixel groß. Es darf höchstens 40 Megapixel haben, zum Beispiel 8.000 × 5.000 Pixel.',
    );
  });

  it('a JPEG whose header claims 30,000 × 30,000 pixels is refused the same way', async () => {
    const small = await sharp({
      create: { width: 8, height: 8, channels: 3, background: '#808080' },
    })
      .jpeg()
      .toBuffer();
    // The start-of-frame segment (FFC0): length (2), precision (1), height (2), width (2).
    const sof = small.indexOf(Buffer.from([0xff, 0xc0]));
    small.writeUInt16BE(30_000, sof + 5);
    small.writeUInt16BE(30_000, sof + 7);
    assert.match(
      await refused(image('scan.jpg', small, 'image/jpeg')),
      /^Das Bild „scan\.jpg“ ist 30\.000 × 30\.000 Pixel groß\. Es darf höchstens 40 Megapixel haben/,
    );
  });
});

describe('files that only claim to be images', () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>`;

  it('an SVG renamed .png is refused by its content (already before this change)', async () => {
    assert.equal(
      await refused(image('foto.png', Buffer.from(svg))),
      'Die Datei „foto.png“ muss ein PDF, JPG oder PNG sein.',
    );
  });

  it('a PNG signature followed by SVG or HTML is refused: it cannot be decoded as an image', async () => {
    const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    for (const rest of [svg, HTML]) {
      assert.equal(
        await refused(image('foto.png', Buffer.concat([signature, Buffer.from(rest)]))),
        'Die Datei „foto.png“ lässt sich nicht als Bild öffnen. Sie muss ein vollständiges JPG oder PNG sein.',
      );
    }
  });

  it('a JPEG signature followed by HTML is refused', async () => {
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(HTML)]);
    assert.match(
      await refused(image('foto.jpg', fake, 'image/jpeg')),
      /lässt sich nicht als Bild öffnen/,
    );
  });
});

/** A PDF of `objects` (bodies of `n 0 obj … endobj`, numbered from 1) with an xref table and trailer. */
function pdfOf(objects, trailer = '/Root 1 0 R') {
  let text = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets = objects.map((body, i) => {
    const offset = text.length;
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  text += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  return `${text}trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
}

const PAGES = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
];

/** A stream object: its dictionary entries and data, Flate-compressed unless `filter` says otherwise. */
function stream(entries, data, filter = '/FlateDecode') {
  const bytes = filter === '/FlateDecode' ? deflateSync(Buffer.from(data)) : Buffer.from(data);
  const filterEntry = filter ? `/Filter ${filter} ` : '';
  return `<< ${entries} ${filterEntry}/Length ${bytes.length} >>\nstream\n${bytes.toString('latin1')}\nendstream`;
}

/** An object stream (PDF 1.5): `objects` (numbered from `first`) compressed into one stream. */
function objectStream(objects, first) {
  let body = '';
  const index = objects.map((object, i) => {
    const entry = `${first + i} ${body.length}`;
    body += `${object}\n`;
    return entry;
  });
  const header = `${index.join(' ')}\n`;
  return stream(`/Type /ObjStm /N ${objects.length} /First ${header.length}`, header + body);
}

describe('PDFs', () => {
  it('a plain PDF with a compressed page and an object stream is stored unchanged', async () => {
    const text = pdfOf([
      '<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      stream('', 'BT /F1 12 Tf 72 770 Td (Zulassungsbescheinigung Teil I) Tj ET'),
      objectStream(['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'], 5),
    ]);
    const { bytes, row } = await stored(pdf('fahrzeugschein.pdf', text));
    assert.equal(row.type, 'application/pdf');
    assert.ok(bytes.equals(Buffer.from(text, 'latin1')));
  });

  const ACTIVE =
    'Die Datei „antrag.pdf“ enthält JavaScript oder Aktionen, die sich beim Öffnen selbst ausführen. Laden Sie ein PDF ohne solche Inhalte hoch, zum Beispiel einen Scan des Dokuments.';

  it('a PDF that runs JavaScript when opened (/OpenAction) is refused', async () => {
    const text = pdfOf([
      '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>',
      ...PAGES.slice(1),
      '<< /S /JavaScript /JS (app.alert\\(1\\)) >>',
    ]);
    assert.equal(await refused(pdf('antrag.pdf', text)), ACTIVE);
  });

  it('JavaScript hidden in a compressed object stream, or behind #-escaped names, is refused', async () => {
    const hidden = pdfOf([
      '<< /Type /Catalog /Pages 2 0 R /Names 5 0 R >>',
      ...PAGES.slice(1),
      objectStream(
        [
          '<< /JavaScript << /Names [(a) 6 0 R] >> >>',
          '<< /S /JavaScript /JS (app.alert\\(1\\)) >>',
        ],
        5,
      ),
    ]);
    assert.ok(!hidden.includes('JavaScript'), 'not visible in the file');
    assert.equal(await refused(pdf('antrag.pdf', hidden)), ACTIVE);
    const escaped = pdfOf([
      '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /J#61vaScript /J#53 (app.alert\\(1\\)) >> >>',
      ...PAGES.slice(1),
    ]);
    assert.equal(await refused(pdf('antrag.pdf', escaped)), ACTIVE);
  });

  it('a PDF with automatic actions (/AA) or a /Launch action is refused', async () => {
    const aa = pdfOf([
      PAGES[0],
      PAGES[1],
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /AA << /O << /S /URI /URI (https://example.org) >> >> >>',
    ]);
    assert.equal(await refused(pdf('antrag.pdf', aa)), ACTIVE);
    const launch = pdfOf([
      '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Launch /F (calc.exe) >> >>',
      ...PAGES.slice(1),
    ]);
    assert.equal(await refused(pdf('antrag.pdf', launch)), ACTIVE);
  });

  it('a PDF with embedded files (/EmbeddedFiles, a /FileAttachment annotation) is refused', async () => {
    const message =
      'Die Datei „antrag.pdf“ enthält eingebettete Dateien. Laden Sie ein PDF ohne Anhänge hoch.';
    const names = pdfOf([
      '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(x.exe) 4 0 R] >> >> >>',
      ...PAGES.slice(1),
      '<< /Type /Filespec /F (x.exe) /EF << /F 5 0 R >> >>',
      stream('/Type /EmbeddedFile', 'MZ'),
    ]);
    assert.equal(await refused(pdf('antrag.pdf', names)), message);
    const annotation = pdfOf([
      PAGES[0],
      PAGES[1],
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [4 0 R] >>',
      '<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 10 10] /FS (x.exe) >>',
    ]);
    assert.equal(await refused(pdf('antrag.pdf', annotation)), message);
  });

  it('a PDF that is also an HTML page (a polyglot) is refused', async () => {
    const text = pdfOf([...PAGES, stream('', HTML, '')]);
    assert.equal(
      await refused(pdf('antrag.pdf', text)),
      'Die Datei „antrag.pdf“ enthält Webseiten-Code (HTML). Laden Sie ein PDF ohne solche Inhalte hoch, zum Beispiel einen Scan des Dokuments.',
    );
  });

  it('a PDF the check cannot see into (encrypted, or an unknown filter) is refused as unchecked', async () => {
    const message =
      'Die Datei „antrag.pdf“ lässt sich nicht prüfen, zum Beispiel weil sie verschlüsselt ist. Laden Sie ein PDF ohne Passwortschutz hoch oder ein Foto des Dokuments als JPG.';
    const encrypted = pdfOf(
      [...PAGES, '<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <00> /U <00> >>'],
      '/Root 1 0 R /Encrypt 4 0 R /ID [<01> <01>]',
    );
    assert.equal(await refused(pdf('antrag.pdf', encrypted)), message);
    const lzw = pdfOf([...PAGES, stream('/Type /ObjStm /N 1 /First 4', '00000000', '/LZWDecode')]);
    assert.equal(await refused(pdf('antrag.pdf', lzw)), message);
  });
});

describe('the virus-scan hook (SK_VIRUS_SCAN_COMMAND)', () => {
  it('runs the scanner without a shell on a temporary file (0600) of what will be stored, then deletes it', async () => {
    const count = scanned().length;
    const text = pdfOf(PAGES);
    await stored(pdf('fahrzeugschein.pdf', text));
    const [call] = scanned().slice(count);
    assert.ok(call, 'the scanner ran');
    const path = call.args.at(-1);
    assert.deepEqual(call.args.slice(0, -1), ['--no-summary']);
    assert.ok(path.startsWith(join(service.dataDir, 'scan')), path);
    assert.equal(call.mode, 0o600);
    assert.equal(call.size, text.length);
    assert.equal(existsSync(path), false, 'the temporary file is deleted');
  });

  it('a file the scanner reports (exit 1) is refused with a German message and not stored', async () => {
    const text = pdfOf([...PAGES, stream('', 'SK-TEST-SCHADSOFTWARE', '')]);
    assert.equal(
      await refused(pdf('rechnung.pdf', text)),
      'In der Datei „rechnung.pdf“ wurde Schadsoftware gefunden. Sie wurde nicht gespeichert.',
    );
  });

  it('a scanner error (another exit code) refuses the file and is logged: fail closed', async () => {
    const text = pdfOf([...PAGES, stream('', 'SK-TEST-SCANNER-FEHLER', '')]);
    assert.equal(
      await refused(pdf('rechnung.pdf', text)),
      'Die Datei „rechnung.pdf“ konnte nicht auf Schadsoftware geprüft werden und wurde nicht gespeichert. Versuchen Sie es später noch einmal.',
    );
    assert.match(
      service.output.join(''),
      /\[virus-scan\] scanner error .*exit 2, "database missing\\n"/,
    );
  });

  it('a scanner that cannot be run refuses every file and is logged', async () => {
    const broken = await startService({
      env: { SK_VIRUS_SCAN_COMMAND: join(tools, 'gibt-es-nicht') },
    });
    try {
      assert.match(
        await refused(pdf('fahrzeugschein.pdf', pdfOf(PAGES)), broken),
        /konnte nicht auf Schadsoftware geprüft werden/,
      );
      assert.match(broken.output.join(''), /\[virus-scan\] scanner error .*ENOENT/);
    } finally {
      await broken.stop();
    }
  });

  // ClamAV, the scanner the README names for production, with a signature file of the test's own (its
  // signature download cannot reach its servers here). .ci/run installs Debian's clamav; on a developer's
  // machine without it the test is skipped, in CI it fails.
  const clamscan = ['/usr/bin/clamscan', '/usr/local/bin/clamscan'].find((path) =>
    existsSync(path),
  );
  it(
    'ClamAV plugs in as it is documented: clamscan finds its signature, the file is refused',
    {
      skip:
        clamscan || process.env.CI ? false : 'clamscan is not installed (apt-get install clamav)',
    },
    async () => {
      assert.ok(clamscan, "clamscan is not installed: .ci/run installs Debian's clamav");
      const infected = pdfOf([...PAGES, stream('', 'SK-TEST-CLAMAV', '')]);
      const md5 = createHash('md5').update(infected, 'latin1').digest('hex');
      const signatures = join(tools, 'test.hdb');
      writeFileSync(signatures, `${md5}:${infected.length}:SK.Test.Pdf\n`);
      const clam = await startService({
        env: { SK_VIRUS_SCAN_COMMAND: `${clamscan} --no-summary -d ${signatures}` },
      });
      try {
        await stored(pdf('fahrzeugschein.pdf', pdfOf(PAGES)), clam);
        assert.match(
          await refused(pdf('rechnung.pdf', infected), clam),
          /^In der Datei „rechnung\.pdf“ wurde Schadsoftware gefunden\./,
        );
      } finally {
        await clam.stop();
      }
    },
  );
});

it('a file name with a right-to-left override (U+202E) is stored and shown without it', async () => {
  const { row } = await stored(pdf('rechnung\u202Efdp.exe.pdf', pdfOf(PAGES)));
  assert.equal(row.name, 'rechnungfdp.exe.pdf');
});
