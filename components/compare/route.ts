/** The compare page's article view lives in the URL hash, so Back works and a passage can be linked: #article=cnn&fact=<id>. */
import { OUTLET_IDS, type OutletId } from '../../corpus/schema';

export interface ArticleRoute {
  outlet: OutletId;
  fact: string;
}

export function parseRoute(hash: string): ArticleRoute | null {
  const params = new URLSearchParams(String(hash ?? '').replace(/^#/, ''));
  const outlet = params.get('article');
  const fact = params.get('fact');
  if (!outlet || !fact || !(OUTLET_IDS as readonly string[]).includes(outlet)) return null;
  return { outlet: outlet as OutletId, fact };
}

export function routeHash(r: ArticleRoute): string {
  return `#${new URLSearchParams({ article: r.outlet, fact: r.fact }).toString()}`;
}
