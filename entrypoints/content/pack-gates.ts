/**
 * How the active story packs' gates reach the gate script: the pack-gates script (registered by the
 * background only while a pack is on) leaves its pending read on the content scripts' shared global
 * (both run in this extension's isolated world, never the page's), and the gate script picks it up.
 * No pack on: nothing was left there, and the gate script does no extra work.
 */
import type { StoryGate } from '../../corpus/gate-types';

const KEY = '__parallaxPackGates';
type Holder = { [KEY]?: Promise<unknown> };

export function publishPackGates(read: Promise<unknown>): void {
  (globalThis as Holder)[KEY] = read;
}

/** A stored gate of the shape the gate compiles; anything else is dropped (storage is not trusted). */
function isGate(g: unknown): g is StoryGate {
  if (!g || typeof g !== 'object') return false;
  const { anchors, window, minWeak } = g as Partial<StoryGate>;
  return (
    Array.isArray(anchors) &&
    typeof window === 'number' &&
    typeof minWeak === 'number' &&
    anchors.every(
      (a) => !!a && typeof a.name === 'string' && compiles(a.pattern) && (a.kind === 'strong' || a.kind === 'weak' || a.kind === 'context'),
    )
  );
}

/** One bad pattern would break the one expression every story's gate is compiled into. */
function compiles(pattern: unknown): boolean {
  if (typeof pattern !== 'string') return false;
  try {
    new RegExp(pattern, 'iu');
    return true;
  } catch {
    return false;
  }
}

/** The active packs' gates, or undefined (no wait at all) when no pack is on. */
export function publishedPackGates(): Promise<StoryGate[]> | undefined {
  const read = (globalThis as Holder)[KEY];
  if (!read) return undefined;
  return read.then(
    (v) => (Array.isArray(v) ? v.filter(isGate) : []),
    () => [],
  );
}
