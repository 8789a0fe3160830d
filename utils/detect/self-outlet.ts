import type { OutletId } from '../../corpus/schema';
import { foldText } from '../text/normalize';
import type { RuntimeCorpus } from '../../corpus/runtime-types';
import { siteKey } from '../text/site-host';

/** Share of an outlet's excerpts that must appear word for word before the page is taken to be that article. */
const VERBATIM_SHARE = 0.4;

const squash = (s: string) => foldText(s).replace(/\s+/g, ' ').trim();

// Folding every excerpt depends only on the corpus, not on the page: do it once per corpus.
const excerptCache = new WeakMap<RuntimeCorpus, [OutletId, string[]][]>();
function squashedExcerpts(corpus: RuntimeCorpus): [OutletId, string[]][] {
  let cached = excerptCache.get(corpus);
  if (!cached) {
    cached = corpus.sources.map((source) => [
      source.id,
      corpus.facts.flatMap((f) => f.reports.filter((r) => r.outlet === source.id).map((r) => squash(r.excerpt))),
    ]);
    excerptCache.set(corpus, cached);
  }
  return cached;
}

export function outletByHostname(corpus: RuntimeCorpus, hostname: string | undefined): OutletId | null {
  if (!hostname) return null;
  const host = siteKey(hostname);
  const source = corpus.sources.find((s) => s.hostnames.some((h) => host === h || host.endsWith(`.${h}`)));
  return source?.id ?? null;
}

/**
 * Which corpus outlet this page is, if any: by its hostname, or because its
 * text carries most of that outlet's excerpts verbatim (a syndicated copy, the
 * bundled article, a saved page). That outlet is then "this page", not one of
 * the others.
 */
export function detectSelfOutlet(corpus: RuntimeCorpus, text: string, hostname?: string): OutletId | null {
  const byHost = outletByHostname(corpus, hostname);
  if (byHost) return byHost;
  const page = squash(text);
  let best: { outlet: OutletId; share: number } | null = null;
  for (const [outlet, excerpts] of squashedExcerpts(corpus)) {
    if (excerpts.length === 0) continue;
    const found = excerpts.filter((e) => page.includes(e)).length;
    const share = found / excerpts.length;
    if (share >= VERBATIM_SHARE && (!best || share > best.share)) best = { outlet, share };
  }
  return best?.outlet ?? null;
}
