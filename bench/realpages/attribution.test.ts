import { describe, expect, it } from 'vitest';
import { extensionSampleTimes, extensionShare, profilesFromTrace, type TraceEvent } from './cpu-profile';
import { extensionTaskCpu } from './task-cpu';

const ORIGIN = 'chrome-extension://abc/';
const CONTENT = `${ORIGIN}content-scripts/content.js`;

type Frame = { functionName?: string; url?: string; lineNumber?: number; columnNumber?: number };

/** One ProfileChunk: nodes as [id, parent, frame]; samples with the µs since the previous sample. */
function chunk(nodes: [number, number | undefined, Frame][], samples: [number, number][], pid = 1): TraceEvent {
  return {
    name: 'ProfileChunk',
    ph: 'P',
    pid,
    tid: 9,
    ts: 0,
    id: '0x1',
    args: {
      data: {
        cpuProfile: {
          nodes: nodes.map(([id, parent, callFrame]) => ({ id, parent, callFrame: { functionName: '', url: '', ...callFrame } })),
          samples: samples.map((s) => s[0]),
        },
        timeDeltas: samples.map((s) => s[1]),
      },
    },
  };
}

describe('extensionShare', () => {
  // root ─ script top level ─ main ─ onMessage.addListener (native)
  //      └ idle callback ─ check ─ gate ─ innerText (native)
  //      └ (idle)      └ page's own function
  const nodes: [number, number | undefined, Frame][] = [
    [1, undefined, { functionName: '(root)' }],
    [2, 1, { url: CONTENT, lineNumber: -1, columnNumber: -1 }],
    [3, 2, { functionName: 'main', url: CONTENT, lineNumber: 0, columnNumber: 400 }],
    [4, 3, { functionName: 'addListener' }],
    [5, 1, { url: CONTENT, lineNumber: 0, columnNumber: 900 }],
    [6, 5, { functionName: 'U', url: CONTENT, lineNumber: 0, columnNumber: 1200 }],
    [7, 6, { functionName: 'gate', url: CONTENT, lineNumber: 0, columnNumber: 1500 }],
    [8, 7, { functionName: 'get innerText' }],
    [9, 1, { functionName: '(idle)' }],
    [10, 1, { functionName: 'pageCode', url: 'http://127.0.0.1/app.js' }],
  ];
  // Each sample lasts until the next one: deltas are the time since the previous sample.
  const samples: [number, number][] = [
    [4, 0],
    [3, 1000],
    [9, 1000],
    [8, 5000],
    [7, 2000],
    [10, 1000],
    [9, 4000],
  ];
  const share = extensionShare(profilesFromTrace([chunk(nodes, samples)]), ORIGIN);

  it('counts a sample as ours when one of our frames is on its stack, natives called by our code included', () => {
    // addListener 1 + main 1, then innerText 2 + gate 1; the idle and page samples are not ours.
    expect(share.byFile['content-scripts/content.js']).toBeCloseTo(5, 5);
  });

  it('splits by the named steps, and calls the script top level "script start"', () => {
    expect(share.byPhase['script start']).toBeCloseTo(2, 5);
    expect(share.byPhase.gate).toBeCloseTo(3, 5);
    expect(share.byPhase.other).toBe(0);
  });

  it('reports the longest unbroken run of our samples', () => {
    expect(share.longestRunMs).toBeCloseTo(3, 5);
  });

  it('counts a gap in the sampling (the thread waiting for a CPU) as at most four usual intervals', () => {
    const regular: [number, number][] = Array.from({ length: 20 }, () => [9, 100]);
    const gap = extensionShare(profilesFromTrace([chunk(nodes, [...regular, [7, 100], [9, 50_000], [9, 100]])]), ORIGIN);
    expect(gap.byPhase.gate).toBeCloseTo(0.4, 5);
  });

  it('leaves a page without our frames at zero', () => {
    const none = extensionShare(
      profilesFromTrace([
        chunk(nodes.slice(0, 1).concat([[10, 1, { functionName: 'x', url: 'http://p/a.js' }]]), [
          [10, 0],
          [10, 3000],
        ]),
      ]),
      ORIGIN,
    );
    expect(Object.keys(none.byFile)).toEqual([]);
    expect(none.longestRunMs).toBe(0);
  });
});

describe('extensionTaskCpu', () => {
  const slice = (
    pid: number,
    tid: number,
    ts: number,
    dur: number,
    tdur: number,
    url?: string,
  ): TraceEvent & { dur: number; tdur: number } => ({
    name: url ? 'FunctionCall' : 'RunTask',
    ph: 'X',
    pid,
    tid,
    ts,
    dur,
    tdur,
    ...(url ? { args: { data: { url } } as never } : {}),
  });

  it("sums the thread CPU of the tasks our code ran in, page and service worker apart, and skips the page's own", () => {
    const events = [
      slice(1, 1, 0, 5000, 3000),
      slice(1, 1, 100, 4000, 2500, CONTENT), // our idle callback, inside that task
      slice(1, 1, 10_000, 2000, 2000),
      slice(1, 1, 10_100, 1000, 1000, 'http://127.0.0.1/app.js'), // the page's own task
      slice(1, 1, 20_000, 800, 700),
      slice(1, 1, 20_010, 300, 300, 'extensions::messaging'), // the bindings, answering our message
      // The worker's thread: its tasks name no script, its process's CPU profile runs background.js.
      { name: 'thread_name', ph: 'M', pid: 2, tid: 7, ts: 0, args: { name: 'ServiceWorker thread' } as never },
      chunk(
        [
          [1, undefined, { functionName: '(root)' }],
          [2, 1, { url: `${ORIGIN}background.js` }],
        ],
        [[2, 0]],
        2,
      ),
      slice(2, 7, 0, 9000, 8000),
      slice(2, 7, 20_000, 500, 400),
      // The extension's process, named so, with a worker that ran nothing the profiler saw: still ours.
      { name: 'process_name', ph: 'M', pid: 4, tid: 0, ts: 0, args: { name: 'Extension Renderer' } as never },
      { name: 'thread_name', ph: 'M', pid: 4, tid: 9, ts: 0, args: { name: 'ServiceWorker thread' } as never },
      slice(4, 9, 0, 1000, 600),
      // A page's own worker, in another process, is not.
      { name: 'thread_name', ph: 'M', pid: 3, tid: 8, ts: 0, args: { name: 'ServiceWorker thread' } as never },
      slice(3, 8, 0, 9000, 9000),
    ];
    const cpu = extensionTaskCpu(events, ORIGIN);
    expect(cpu.pageMs).toBeCloseTo(3.7, 5);
    expect(cpu.backgroundMs).toBeCloseTo(9, 5);
    expect(cpu.tasks).toBe(5);
  });
});

describe('a task our code resumed in without naming us', () => {
  it("is found by our samples' trace times on its thread", () => {
    const profileStart: TraceEvent = { name: 'Profile', ph: 'P', pid: 1, tid: 1, ts: 0, id: '0x1', args: { data: { startTime: 1000 } } };
    // Samples at 1000+100 (page code), 1000+600 (our gate), 1000+700 (idle).
    const samples = chunk(
      [
        [1, undefined, { functionName: '(root)' }],
        [2, 1, { functionName: 'pageCode', url: 'http://127.0.0.1/app.js' }],
        [3, 1, { functionName: 'gate', url: CONTENT }],
        [4, 1, { functionName: '(idle)' }],
      ],
      [
        [2, 100],
        [3, 500],
        [4, 100],
      ],
    );
    const times = extensionSampleTimes(profilesFromTrace([profileStart, samples]), ORIGIN);
    expect(times.get('1:1')).toEqual([1600]);
    const task = (ts: number, dur: number): TraceEvent => ({ name: 'RunTask', ph: 'X', pid: 1, tid: 1, ts, dur, tdur: dur }) as TraceEvent;
    // A storage answer's task (no slice names us) around our sample, and the page's own task before it.
    const cpu = extensionTaskCpu([task(1050, 200), task(1500, 300)], ORIGIN, times);
    expect(cpu.pageMs).toBeCloseTo(0.3, 5);
    expect(cpu.tasks).toBe(1);
  });
});
