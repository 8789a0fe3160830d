import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from './route';

const OUTLETS = ['dw', 'cnn', 'ap', 'euromaidan'];

describe('article route in the hash', () => {
  it.each<[unknown, ReturnType<typeof parseRoute>]>([
    ['#article=cnn&fact=kursk-fully-recaptured', { outlet: 'cnn', fact: 'kursk-fully-recaptured' }],
    ['article=ap&fact=x', { outlet: 'ap', fact: 'x' }],
    ['#article=bbc&fact=x', null],
    ['#article=cnn', null],
    ['#fact=x', null],
    ['', null],
    [null, null],
    ['#%%%', null],
  ])('%j', (hash, route) => {
    expect(parseRoute(hash as string, OUTLETS)).toEqual(route);
  });

  it('round-trips, escaping odd fact ids', () => {
    const r = { outlet: 'euromaidan' as const, fact: 'a b&c=d' };
    expect(parseRoute(routeHash(r), OUTLETS)).toEqual(r);
  });
});
