/**
 * Browser-wide tracing: the V8 CPU profiler samples every renderer and the extension's service
 * worker (at its high-resolution interval), so the worker's start-up is caught even when a page
 * wakes it; and the task slices (toplevel, devtools.timeline) give each task's thread CPU time.
 */
import type { Browser } from 'puppeteer-core';
import type { TraceEvent } from './cpu-profile';

const CATEGORIES = [
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
  'toplevel',
  'devtools.timeline',
  'v8.execute',
];

/** Starts tracing; stop() ends it and gives back every event. */
export async function startTrace(browser: Browser): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const session = await browser.target().createCDPSession();
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((ok) => session.once('Tracing.tracingComplete', () => ok()));
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      await session.send('Tracing.end');
      await complete;
      await session.detach().catch(() => undefined);
      return events;
    },
  };
}
