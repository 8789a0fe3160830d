import { describe, expect, it } from 'vitest';
import { parseFactAnchor, parseRoute, parseStoryId, parseTeachView, routeHash, storyHash, teachHash } from './route';

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

describe('the story in the hash', () => {
  it.each<[string, string | null]>([
    ['#story=pack-orvane-ferry', 'pack-orvane-ferry'],
    ['#story=pack-orvane-ferry&quiz=12', 'pack-orvane-ferry'],
    ['#quiz=12', null],
    ['#story=', null],
    ['#story=%3Cimg%3E', null],
    [`#story=${'a'.repeat(101)}`, null],
  ])('%s names %j', (hash, id) => {
    expect(parseStoryId(hash)).toBe(id);
  });

  it('is kept in every view’s hash, and the views read the same with it', () => {
    const story = 'pack-orvane-ferry';
    const route = { outlet: 'cnn' as const, fact: 'f 1' };
    expect(parseStoryId(routeHash(route, story))).toBe(story);
    expect(parseRoute(routeHash(route, story), OUTLETS)).toEqual(route);
    for (const v of [{ kind: 'quiz', code: 7 }, { kind: 'answers', code: 99 }, { kind: 'lesson' }] as const) {
      expect(parseStoryId(teachHash(v, story))).toBe(story);
      expect(parseTeachView(teachHash(v, story))).toEqual(v);
    }
    expect(storyHash(story)).toBe('#story=pack-orvane-ferry');
  });

  it('writes the bundled story’s hashes as before', () => {
    expect(teachHash({ kind: 'quiz', code: 7 })).toBe('#quiz=7');
    expect(teachHash({ kind: 'lesson' })).toBe('#lesson');
    expect(routeHash({ outlet: 'ap', fact: 'x' })).toBe('#article=ap&fact=x');
    expect(storyHash(null)).toBe('');
  });

  it('lands on a fact’s row only when no article is opened', () => {
    expect(parseFactAnchor('#story=p&fact=ferry-hit')).toBe('ferry-hit');
    expect(parseFactAnchor('#story=p&article=ap&fact=ferry-hit')).toBeNull();
    expect(parseFactAnchor('#story=p')).toBeNull();
  });
});
