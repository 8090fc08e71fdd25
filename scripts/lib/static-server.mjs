// A loopback HTTP server for the browser proofs (tarball proofs, Storybook's built folder): serves the files
// below a folder, answers the browser's own favicon request with 204, and records every path it cannot serve.
// Two ways to answer a page request:
// - `html`: one generated HTML page at the base path ("/" unless `base` says otherwise), given the query;
// - without `html`: a path ending in "/" serves that folder's index.html, as a static host (GitLab or
//   GitHub Pages) does.
// `base` serves the folder under a sub-path (e.g. "/stadtkern/", as Pages publishes a project): every request
// outside it is answered with 404 and recorded in `outside` (and in `missing`), which catches absolute asset
// URLs ("/assets/x.js") that work at a host's root but break under a sub-path.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/**
 * @param {{ root: string, html?: (searchParams: URLSearchParams) => string, base?: string }} options
 *   `root`: the folder served; `html`: the page at the base path, given the query (without it, folders
 *   serve their index.html); `base`: the sub-path everything is served under, starting and ending with "/"
 *   (default "/").
 * @returns {Promise<{ origin: string, url: string, missing: string[], outside: string[], close: () => void }>}
 *   `origin`: http://127.0.0.1:<port>; `url`: origin + base; `missing`: every path answered with 404;
 *   `outside`: the requests for a path outside `base`.
 */
export async function serveStatic({ root, html, base = '/' }) {
  if (!base.startsWith('/') || !base.endsWith('/')) {
    throw new Error(`serveStatic: base must start and end with "/", got ${JSON.stringify(base)}`);
  }
  const folder = resolve(root);
  const missing = [];
  const outside = [];
  const notFound = (res, url) => {
    missing.push(url);
    res.writeHead(404).end();
  };
  const server = createServer((req, res) => {
    const { pathname, searchParams } = new URL(req.url ?? '/', 'http://localhost');
    const url = decodeURIComponent(pathname);
    if (url === '/favicon.ico' && base === '/') {
      res.writeHead(204).end(); // the browser asks for it by itself; the pages have none
      return;
    }
    if (!url.startsWith(base)) {
      outside.push(url);
      notFound(res, url);
      return;
    }
    const inside = `/${url.slice(base.length)}`;
    if (inside === '/' && html) {
      res.writeHead(200, { 'content-type': 'text/html' }).end(html(searchParams));
      return;
    }
    let path = join(folder, normalize(inside));
    if (!html && inside.endsWith('/')) path = join(path, 'index.html');
    if (!path.startsWith(folder) || !existsSync(path) || !statSync(path).isFile()) {
      notFound(res, url);
      return;
    }
    res
      .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
      .end(readFileSync(path));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: `${origin}${base}`, missing, outside, close: () => server.close() };
}
