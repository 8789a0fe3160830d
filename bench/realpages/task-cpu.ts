/**
 * The extension's tasks in a Chromium trace (categories toplevel, devtools.timeline): every task on
 * every thread in which the extension's code ran, with the thread CPU time it took (tdur), which a
 * busy machine does not inflate the way it inflates wall time or sampled time. On a page's thread
 * a task is the extension's when one of its slices names one of its scripts, or the browser's own
 * extension bindings (extensions::…), which run only for the extension under test. Its service
 * worker's thread (named so, in the extension's process) is all ours: the worker's tasks there
 * name no script.
 */
import type { TraceEvent } from './cpu-profile';

interface Slice extends TraceEvent {
  dur?: number;
  tdur?: number;
}

export interface TaskCpu {
  /** ms of thread CPU in the extension's tasks on page threads (content scripts). */
  pageMs: number;
  /** ms of thread CPU in the extension's tasks on service-worker threads (background). */
  backgroundMs: number;
  tasks: number;
}

const argsOf = (e: Slice): string => (e.args ? JSON.stringify(e.args) : '');

/**
 * ourSamples (extensionSampleTimes): a task in which the profiler caught our code is ours too,
 * though none of its slices names us: a promise of ours resumed by the browser (a storage read's
 * answer) runs in such a task.
 */
export function extensionTaskCpu(
  events: readonly TraceEvent[],
  origin: string,
  ourSamples = new Map<string, number[]>(),
  backgroundFile = 'background.js',
): TaskCpu {
  // The extension's process: named so by Chrome, or seen running background.js (the bench installs one extension).
  const nameOf = (e: TraceEvent) => String((e.args as { name?: string } | undefined)?.name);
  const workerPids = new Set(
    events
      .filter(
        (e) =>
          (e.ph === 'M' && e.name === 'process_name' && nameOf(e) === 'Extension Renderer') ||
          (e.name === 'ProfileChunk' && argsOf(e as Slice).includes(origin + backgroundFile)),
      )
      .map((e) => e.pid),
  );
  const workerThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && workerPids.has(e.pid) && /ServiceWorker/i.test(nameOf(e)))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, Slice[]>();
  for (const e of events as readonly Slice[]) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key);
    if (list) list.push(e);
    else byThread.set(key, [e]);
  }
  const out: TaskCpu = { pageMs: 0, backgroundMs: 0, tasks: 0 };
  for (const [thread, list] of byThread) {
    const background = workerThreads.has(thread);
    const samples = ourSamples.get(thread) ?? [];
    const sampledIn = (from: number, to: number) => {
      // The first sample at or after from, by bisection.
      let lo = 0;
      let hi = samples.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (samples[mid]! < from) lo = mid + 1;
        else hi = mid;
      }
      return lo < samples.length && samples[lo]! <= to;
    };
    // Outermost first at equal start, so each task's slices follow it.
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    for (let i = 0; i < list.length;) {
      const task = list[i]!;
      const end = task.ts + (task.dur ?? 0);
      let ours = false;
      let j = i;
      for (; j < list.length && (j === i || list[j]!.ts < end); j++) {
        const args = argsOf(list[j]!);
        if (args.includes(origin) || args.includes('extensions::')) ours = true;
      }
      if (ours || background || sampledIn(task.ts, end)) {
        const ms = (task.tdur ?? task.dur ?? 0) / 1000;
        if (background) out.backgroundMs += ms;
        else out.pageMs += ms;
        out.tasks++;
      }
      i = j;
    }
  }
  return out;
}
