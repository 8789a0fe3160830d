/** The compare page's article view lives in the URL hash, so Back works and a passage can be linked: #article=cnn&fact=<id>. */
import type { OutletId } from '../../corpus/schema';

export interface ArticleRoute {
  outlet: OutletId;
  fact: string;
}

/** The route, if it names one of the story's outlets. */
export function parseRoute(hash: string, outlets: readonly string[]): ArticleRoute | null {
  const params = new URLSearchParams(String(hash ?? '').replace(/^#/, ''));
  const outlet = params.get('article');
  const fact = params.get('fact');
  if (!outlet || !fact || !outlets.includes(outlet)) return null;
  return { outlet: outlet as OutletId, fact };
}

export function routeHash(r: ArticleRoute): string {
  return `#${new URLSearchParams({ article: r.outlet, fact: r.fact }).toString()}`;
}

/** The teaching views: a quiz round, its printable worksheet and answer key (by round code), and the lesson plan. */
export type TeachView = { kind: 'quiz' | 'worksheet' | 'answers'; code: number } | { kind: 'lesson' };

export function parseTeachView(hash: string): TeachView | null {
  const params = new URLSearchParams(String(hash ?? '').replace(/^#/, ''));
  if (params.has('lesson')) return { kind: 'lesson' };
  for (const kind of ['quiz', 'worksheet', 'answers'] as const) {
    const v = params.get(kind);
    if (v === null) continue;
    const code = /^\d{1,5}$/.test(v) ? Number(v) : NaN;
    if (Number.isInteger(code) && code >= 1) return { kind, code };
  }
  return null;
}

export function teachHash(v: TeachView): string {
  return v.kind === 'lesson' ? '#lesson' : `#${v.kind}=${v.code}`;
}
