/**
 * A parsed quantity as a reader sees it ("about 1,300 km²"): the last step of
 * parse (quantity-parse.ts) → agree (quantity-agree.ts) → format.
 */
import { stated, type Qualifier, type Quantity } from './quantity-parse';

const LABELS: Record<string, [string, string]> = {
  km2: ['km²', 'km²'],
  km: ['km', 'km'],
  percent: ['%', '%'],
  age: ['years old', 'year old'],
  people: ['people', 'person'],
  soldiers: ['soldiers', 'soldier'],
};
const QUALIFIER_WORDS: Partial<Record<Qualifier, string>> = {
  about: 'about ',
  'more-than': 'more than ',
  'less-than': 'less than ',
  'at-least': 'at least ',
  nearly: 'nearly ',
};
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** "more than 10,000 soldiers", "10,000–12,000 soldiers", "about 1,300 km²", "99.5%". */
export function formatQuantity(q: Quantity): string {
  const figure = q.qualifier === 'range' ? `${fmt(q.min)}–${fmt(q.max ?? q.min)}` : fmt(stated(q));
  const singular = q.qualifier !== 'range' && stated(q) === 1;
  const [plural, one] = LABELS[q.unit] ?? [q.unit, q.unit.replace(/s$/, '')];
  const label = singular ? one : plural;
  const body = q.unit === 'percent' ? `${figure}%` : `${figure} ${label}`;
  return `${QUALIFIER_WORDS[q.qualifier] ?? ''}${body}`;
}
