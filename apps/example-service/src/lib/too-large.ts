// The page for a request over MAX_REQUEST_BYTES (413), answered by the proxy from the request's
// Content-Length before any of the body is read. A plain page in German with the size rule and the way
// back: the request never reaches the app, so it has no frame, only what the applicant needs.
import { NextResponse } from 'next/server';
import { cityOf } from './cities';
import { MAX_FILE_BYTES, MAX_FILES, MAX_REQUEST_BYTES } from './limits';

const mb = (bytes: number): string => `${Math.floor(bytes / (1024 * 1024))} MB`;

/** Whether the request says it is bigger than the service takes. */
export const isTooLarge = (headers: Headers): boolean =>
  Number(headers.get('content-length') ?? 0) > MAX_REQUEST_BYTES;

/** The 413 page, with the headers every page gets. */
export function tooLarge(pathname: string, headers: Record<string, string>): NextResponse {
  // Only a known city's path goes into the link, never text from the request.
  const city = cityOf(pathname.split('/')[1])?.id ?? 'kern';
  const title = 'Die Dateien sind zu groß';
  const html = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fehler: ${title} – Bewohnerparkausweis beantragen</title>
</head>
<body>
<main>
<h1>${title}</h1>
<p>Jede Datei darf höchstens ${mb(MAX_FILE_BYTES)} groß sein, alle Dateien eines Formulars zusammen höchstens ${mb(MAX_FILES * MAX_FILE_BYTES)}. Was Sie gesendet haben, war größer. Es wurde nichts gespeichert.</p>
<p>Verkleinern Sie die Datei, zum Beispiel als Foto in geringerer Auflösung oder als PDF mit weniger Seiten, und laden Sie sie noch einmal hoch.</p>
<p><a href="/${city}/antrag/nachweise">Zurück zu den Nachweisen</a></p>
</main>
</body>
</html>
`;
  return new NextResponse(html, {
    status: 413,
    headers: { 'Content-Type': 'text/html; charset=utf-8', Connection: 'close', ...headers },
  });
}
