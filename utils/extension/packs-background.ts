/**
 * The background's side of story packs: the analyzers of the packs switched on, built when first
 * needed and rebuilt only for a pack that changed; and, while at least one pack is on, a small
 * script registered on every page (entrypoints/pack-gates.content) that hands the page's gate the
 * active packs' anchors. With no pack on, nothing is registered and a page does exactly what it
 * did before packs existed: no storage read, no extra script (npm run bench:pages measures that path).
 */
import { browser } from 'wxt/browser';
import { createAnalyzer, type Analyzer } from '../analyze';
import { activeGates, activePacks, type ActivePack } from './packs-active';
import { packGatesItem, readPacks, watchPacks } from './packs-store';
import type { StoredPack } from './packs';
import { PAGE_MATCHES } from './page-matches';

/** Built by WXT from entrypoints/pack-gates.content (registration: 'runtime'). */
const PACK_GATES_SCRIPT = 'content-scripts/pack-gates.js';
const PACK_GATES_ID = 'parallax-pack-gates';

type Built = ActivePack & { analyzer: Analyzer };

export interface PackDetection {
  /** The active packs' analyzers, built once and kept until the packs change. */
  analyzers(): Promise<Analyzer[]>;
  /** Brings the page script's registration and the stored gates in line with the packs (on install and start). */
  sync(): Promise<void>;
}

export function packDetection(): PackDetection {
  let built: Built[] = [];
  let current: Promise<Built[]> | null = null;

  const build = (packs: readonly StoredPack[]): Built[] =>
    activePacks(packs, built).map(
      (a) => built.find((b) => b.id === a.id && b.text === a.text) ?? { ...a, analyzer: createAnalyzer(a.corpus) },
    );

  const load = (): Promise<Built[]> =>
    (current ??= readPacks()
      .then((stored) => (built = build(stored.packs)))
      .catch(() => (built = [])));

  /** Registers the page script while a pack is on, with the gates it reads written first. */
  async function register(active: readonly ActivePack[]): Promise<void> {
    const gates = activeGates(active);
    const scripting = browser.scripting;
    if (!scripting?.registerContentScripts) return;
    const registered = await scripting.getRegisteredContentScripts({ ids: [PACK_GATES_ID] }).catch(() => []);
    if (gates.length) {
      await packGatesItem.setValue(gates);
      if (registered.length) return;
      await scripting.registerContentScripts([
        {
          id: PACK_GATES_ID,
          js: [PACK_GATES_SCRIPT],
          matches: [...PAGE_MATCHES],
          runAt: 'document_start',
          allFrames: false,
          persistAcrossSessions: true,
        },
      ]);
    } else {
      if (registered.length) await scripting.unregisterContentScripts({ ids: [PACK_GATES_ID] });
      await packGatesItem.removeValue();
    }
  }

  const settle = (p: Promise<unknown>) => p.catch(() => {}); // a torn-down worker, a refused write: the next change tries again
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = (fn: () => Promise<unknown>) => (queue = queue.then(() => settle(fn())));

  watchPacks((stored) => {
    current = Promise.resolve((built = build(stored.packs)));
    void inTurn(() => register(built));
  });

  return {
    analyzers: async () => (await load()).map((b) => b.analyzer),
    sync: () => inTurn(async () => register(await load())).then(() => undefined),
  };
}
