/**
 * Tiny static file server for the browser tests: node:http only, bound to
 * 127.0.0.1 on a random port, so the extension's content script sees real
 * http:// pages (it never runs on file:// or data: URLs).
 *
 * Two roots: the committed fixture pages at "/" and a scratch directory at
 * "/__inline/" that tests write ad-hoc pages into (see inline.ts). The scratch
 * directory lives on disk because tests run in a worker process, not in the
 * process that owns the server.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export const INLINE_PREFIX = '/__inline/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Maps a URL path onto a file under root, or null if it would escape root. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = decoded.replace(/^\/+/, '') || 'index.html';
  const abs = path.resolve(root, rel);
  const rootAbs = path.resolve(root);
  if (abs !== rootAbs && !abs.startsWith(rootAbs + path.sep)) return null;
  return abs;
}

async function serveFile(file: string | null, res: import('node:http').ServerResponse): Promise<void> {
  if (!file) {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('bad path');
    return;
  }
  try {
    let target = file;
    if ((await stat(target)).isDirectory()) target = path.join(target, 'index.html');
    const body = await readFile(target);
    const type = CONTENT_TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream';
    // no-store: a rebuilt fixture must never be served stale to the next context.
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

export async function startStaticServer(pagesRoot: string, inlineRoot: string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = pathname.startsWith(INLINE_PREFIX)
      ? resolveInside(inlineRoot, pathname.slice(INLINE_PREFIX.length))
      : resolveInside(pagesRoot, pathname);
    void serveFile(file, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
