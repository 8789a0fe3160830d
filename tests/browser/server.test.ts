/**
 * The fixture server must never serve a file outside its roots: tests write
 * inline pages by name, and a bad name must not reach the rest of the disk.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, test as base } from 'vitest';
import { resolveInside, startStaticServer, type StaticServer } from './server';

const root = '/srv/pages';

describe('resolveInside', () => {
  it.each([
    ['/', '/srv/pages/index.html'],
    ['/story-dw.html', '/srv/pages/story-dw.html'],
    ['/a%20b.html', '/srv/pages/a b.html'],
    ['/sub/x.html', '/srv/pages/sub/x.html'],
    ['/../etc/passwd', null],
    ['/%2e%2e/%2e%2e/etc/passwd', null],
    ['/sub/../../pages-evil/x', null],
    ['/%E0%A4%A', null],
    ['/x%00.html', null],
  ])('%s -> %s', (urlPath, expected) => {
    expect(resolveInside(root, urlPath)).toBe(expected);
  });
});

/** A server of its own on two scratch roots, for this file (no browser needed). */
const test = base.extend<{ server: StaticServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- vitest reads the fixture's dependencies from this pattern
    async ({}, use) => {
      const pages = mkdtempSync(path.join(os.tmpdir(), 'px-pages-'));
      const inline = mkdtempSync(path.join(os.tmpdir(), 'px-inline-'));
      writeFileSync(path.join(pages, 'index.html'), '<p>index</p>');
      writeFileSync(path.join(inline, 'made.html'), '<p>inline</p>');
      const server = await startStaticServer(pages, inline);
      try {
        await use(server);
      } finally {
        await server.close();
        for (const dir of [pages, inline]) rmSync(dir, { recursive: true, force: true });
      }
    },
    { scope: 'file' },
  ],
});

describe('startStaticServer', () => {
  test.for([
    ['/', 200, '<p>index</p>', 'text/html; charset=utf-8'],
    ['/__inline/made.html', 200, '<p>inline</p>', 'text/html; charset=utf-8'],
    ['/missing.html', 404, 'not found', 'text/plain'],
    ['/__inline/index.html', 404, 'not found', 'text/plain'],
  ] as const)('GET %s -> %i', async ([urlPath, status, body, type], { server }) => {
    const res = await fetch(`${server.url}${urlPath}`);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe(type);
    expect(await res.text()).toBe(body);
  });

  test('binds to 127.0.0.1 only', ({ server }) => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test('rejects non-GET methods', async ({ server }) => {
    const res = await fetch(`${server.url}/`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
  });
});
