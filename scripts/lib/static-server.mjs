// A loopback HTTP server for the browser proofs (tarball proofs, Storybook's built folder): serves one HTML page at "/" and the files below a folder,
// answers the browser's own favicon request with 204, and records every other path it cannot serve.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * @param {{ root: string, html: (searchParams: URLSearchParams) => string }} options
 *   `root`: folder served for every path but "/"; `html`: the page at "/", given the query.
 * @returns {Promise<{ origin: string, missing: string[], close: () => void }>}
 */
export async function serveStatic({ root, html }) {
  const missing = [];
  const server = createServer((req, res) => {
    const { pathname, searchParams } = new URL(req.url ?? '/', 'http://localhost');
    const url = decodeURIComponent(pathname);
    if (url === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(html(searchParams));
      return;
    }
    if (url === '/favicon.ico') {
      res.writeHead(204).end(); // the browser asks for it by itself; the pages have none
      return;
    }
    const path = join(root, normalize(url));
    if (!path.startsWith(root) || !existsSync(path)) {
      missing.push(url);
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
      .end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    missing,
    close: () => server.close(),
  };
}
