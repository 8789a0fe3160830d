/**
 * The extension's share of a Chromium trace's CPU profiles (category
 * disabled-by-default-v8.cpu_profiler): every thread of every process is sampled, the service
 * worker from its very start included, which a DevTools session attached afterwards would miss.
 *
 * A sample is the extension's when one of its frames is on the stack (a native call made by our
 * code, such as reading textContent, counts as ours). Each sample lasts until the next one, but
 * never longer than four of the profile's usual intervals: the sampler keeps sampling through
 * native code, so a longer gap is the thread waiting for a CPU (a busy, shared machine), not work.
 * Phases come from the names of the content script's steps: minification keeps object property
 * names, so `step.gate` in entrypoints/content/page-session.ts is still called "gate" in the
 * profile of the built script.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  id?: string;
  args?: { data?: { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[]; startTime?: number } };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName?: string; url?: string; lineNumber?: number; columnNumber?: number };
}

export interface ThreadProfile {
  pid: number;
  /** The sampled thread and the trace time of the profile's start (µs), from its Profile event. */
  tid?: number;
  startTime?: number;
  nodes: Map<number, ProfileNode>;
  samples: number[];
  /** Microseconds from the previous sample to this one. */
  deltas: number[];
}

/** Reassembles each sampled thread's profile from its ProfileChunk events, in trace order. */
export function profilesFromTrace(events: readonly TraceEvent[]): ThreadProfile[] {
  const byId = new Map<string, ThreadProfile>();
  const profile = (key: string, pid: number) => {
    let p = byId.get(key);
    if (!p) byId.set(key, (p = { pid, nodes: new Map(), samples: [], deltas: [] }));
    return p;
  };
  for (const e of events) {
    if (e.name === 'Profile') {
      const p = profile(`${e.pid}:${e.id}`, e.pid);
      p.tid = e.tid;
      p.startTime = (e.args?.data as { startTime?: number } | undefined)?.startTime;
    }
    if (e.name !== 'ProfileChunk') continue;
    const p = profile(`${e.pid}:${e.id}`, e.pid);
    const data = e.args?.data;
    for (const n of data?.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      p.samples.push(samples[i]!);
      p.deltas.push(deltas[i] ?? 0);
    }
  }
  return [...byId.values()];
}

/** The trace times (µs) of the samples with one of our frames on the stack, by sampled thread ("pid:tid"). */
export function extensionSampleTimes(profiles: readonly ThreadProfile[], origin: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const p of profiles) {
    if (p.tid === undefined || p.startTime === undefined) continue;
    const ours = new Map<number, boolean>();
    const isOurs = (id: number): boolean => {
      let known = ours.get(id);
      if (known === undefined) {
        known = false;
        for (let n = p.nodes.get(id); n && !known; n = n.parent === undefined ? undefined : p.nodes.get(n.parent))
          known = (n.callFrame.url ?? '').startsWith(origin);
        ours.set(id, known);
      }
      return known;
    };
    const times: number[] = [];
    let t = p.startTime;
    for (let i = 0; i < p.samples.length; i++) {
      t += p.deltas[i] ?? 0;
      if (isOurs(p.samples[i]!)) times.push(t);
    }
    if (times.length)
      out.set(
        `${p.pid}:${p.tid}`,
        [...(out.get(`${p.pid}:${p.tid}`) ?? []), ...times].sort((a, b) => a - b),
      );
  }
  return out;
}

export type Phase = 'script start' | 'settings' | 'gate' | 'messaging' | 'observers' | 'story module' | 'other';
export const PAGE_PHASES: readonly Phase[] = ['script start', 'settings', 'gate', 'messaging', 'observers', 'story module', 'other'];

/** The names of page-session.ts's steps and the phase each one is. */
const STEP_PHASES: Record<string, Phase> = {
  settings: 'settings',
  gate: 'gate',
  message: 'messaging',
  answer: 'messaging',
  observe: 'observers',
  loadStory: 'story module',
};

export interface ExtensionShare {
  /** ms of samples with a frame of each extension file on the stack, by file ("content-scripts/content.js"). */
  byFile: Record<string, number>;
  /** The content scripts' ms by phase. */
  byPhase: Record<Phase, number>;
  /** The longest unbroken run of the content scripts' samples: the most the page waited on us at once. */
  longestRunMs: number;
}

const emptyPhases = (): Record<Phase, number> => Object.fromEntries(PAGE_PHASES.map((p) => [p, 0])) as Record<Phase, number>;

/** Attributes every sample of every profile to the extension's files (origin: "chrome-extension://<id>/"). */
export function extensionShare(profiles: readonly ThreadProfile[], origin: string): ExtensionShare {
  const byFile: Record<string, number> = {};
  const byPhase = emptyPhases();
  let longestRunMs = 0;
  for (const p of profiles) {
    const stackOf = new Map<number, { file: string | null; phase: Phase }>();
    const classify = (id: number) => {
      const known = stackOf.get(id);
      if (known) return known;
      // Walk leaf to root: the innermost named step decides the phase, the outermost of our files the file.
      let file: string | null = null;
      let phase: Phase | null = null;
      let rootFrameIsScript = false;
      let inStory = false;
      for (let n = p.nodes.get(id); n; n = n.parent === undefined ? undefined : p.nodes.get(n.parent)) {
        const { url = '', functionName = '', lineNumber = -1, columnNumber = -1 } = n.callFrame;
        if (!url.startsWith(origin)) continue;
        file = url.slice(origin.length);
        inStory ||= file.startsWith('content-scripts/story');
        phase ??= STEP_PHASES[functionName] ?? null;
        // A script's own top-level code: no name, at its very start (an unnamed callback sits further in).
        rootFrameIsScript = functionName === '' && lineNumber <= 0 && columnNumber <= 0;
      }
      // Extraction and the sidebar run from the gate script's own check(), with the story module's frames above it.
      const out = { file, phase: inStory ? 'story module' : (phase ?? (rootFrameIsScript ? 'script start' : 'other')) } as const;
      stackOf.set(id, out);
      return out;
    };
    const sorted = p.deltas.filter((d) => d > 0).sort((a, b) => a - b);
    const capMs = (4 * (sorted[sorted.length >> 1] ?? 0)) / 1000;
    let run = 0;
    for (let i = 0; i < p.samples.length; i++) {
      const ms = Math.min((p.deltas[i + 1] ?? 0) / 1000, capMs);
      const { file, phase } = classify(p.samples[i]!);
      if (!file) {
        run = 0;
        continue;
      }
      byFile[file] = (byFile[file] ?? 0) + ms;
      if (file.startsWith('content-scripts/')) {
        byPhase[phase] += ms;
        run += ms;
        longestRunMs = Math.max(longestRunMs, run);
      }
    }
  }
  return { byFile, byPhase, longestRunMs };
}
