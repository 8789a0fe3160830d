/**
 * A few tabs handed out in turn and navigated to each test's page, instead of a
 * new tab per page: on this 2-core machine a new tab (renderer, CDP set-up and,
 * in the plain browser, a new context) costs about 0.4-0.8 s of CPU, more than
 * loading a fixture page. Every navigation is a new document, so nothing a
 * content script or page script holds survives from one page to the next; a
 * test that attaches listeners to a pooled tab removes them before release.
 * The size bounds how many tests use tabs at once.
 */
import type { Page } from 'playwright-core';

export interface TabPool {
  acquire(): Promise<Page>;
  release(page: Page): void;
  /** fn with a tab of the pool, released afterwards whatever happens. */
  run<T>(fn: (page: Page) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function tabPool(open: () => Promise<Page>, size: number): TabPool {
  const idle: Page[] = [];
  const all = new Set<Page>();
  const waiting: ((page: Page) => void)[] = [];
  let opening = 0;

  const pool: TabPool = {
    async acquire() {
      const ready = idle.pop();
      if (ready) return ready;
      if (all.size + opening < size) {
        opening++;
        try {
          const page = await open();
          all.add(page);
          return page;
        } finally {
          opening--;
        }
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    release(page) {
      if (page.isClosed()) {
        // A tab that died or was closed is replaced the next time one is needed.
        all.delete(page);
        const next = waiting.shift();
        if (next) void pool.acquire().then(next);
        return;
      }
      const next = waiting.shift();
      if (next) next(page);
      else idle.push(page);
    },
    async run(fn) {
      const page = await pool.acquire();
      try {
        return await fn(page);
      } finally {
        pool.release(page);
      }
    },
    async close() {
      await Promise.all([...all].map((p) => p.close().catch(() => undefined)));
    },
  };
  return pool;
}
