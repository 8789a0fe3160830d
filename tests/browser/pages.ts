/**
 * URLs of fixture pages and ad-hoc inline pages, for test files.
 * Values come from global-setup.ts through vitest's provide/inject.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { PAGES_DIR } from './paths';
import { INLINE_PREFIX } from './server';

export function fixtureUrl(file: string): string {
  return `${inject('baseUrl')}/${file}`;
}

/** Fixture file names matching a prefix, e.g. "nearmiss-"; sorted for stable test order. */
export function fixtureFiles(prefix: string): string[] {
  return readdirSync(PAGES_DIR)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.html'))
    .sort();
}

/** Writes html where the server's /__inline/ route finds it and returns its URL. */
export function inlinePage(name: string, html: string): string {
  if (!/^[\w.-]+\.html$/.test(name)) throw new Error(`inline page name must be a plain *.html file name: ${name}`);
  writeFileSync(path.join(inject('inlineDir'), name), html, 'utf8');
  return `${inject('baseUrl')}${INLINE_PREFIX}${name}`;
}
