/**
 * Serves the saved real pages (../shared/realpages/, never committed) on 127.0.0.1 with their
 * own scripts made inert: `Content-Security-Policy: script-src 'none'` stops every page script,
 * while the extension's content scripts, which the page's CSP does not govern, still run. What
 * is left to measure is the extension alone.
 */
import { createServer } from 'node:http';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';

/** `../shared/realpages/` beside the repository; PARALLAX_REALPAGES_DIR points elsewhere. */
export function realPagesDir(root: string): string {
  const dir = process.env.PARALLAX_REALPAGES_DIR ?? resolve(root, '..', 'shared', 'realpages');
  if (!existsSync(dir)) throw new Error(`real pages not found at ${dir} (set PARALLAX_REALPAGES_DIR): see the issue's data note`);
  return dir;
}

export const pageNames = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();

export interface PageServer {
  url(name: string): string;
  close(): Promise<void>;
}

export async function servePages(dir: string): Promise<PageServer> {
  const server = createServer((req, res) => {
    // Only the folder's own .html files by their bare name; their images and styles 404 (nothing else is served).
    const name = basename(decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname));
    const done = (status: number, body: Buffer | string, type = 'text/plain') =>
      res
        .writeHead(status, { 'content-type': type, 'content-security-policy': "script-src 'none'", 'cache-control': 'no-store' })
        .end(body);
    if (!name.endsWith('.html')) return done(404, 'not found');
    readFile(join(dir, name)).then(
      (body) => done(200, body, 'text/html; charset=utf-8'),
      () => done(404, 'not found'),
    );
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('page server has no TCP address');
  return {
    url: (name) => `http://127.0.0.1:${address.port}/${encodeURIComponent(name)}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
