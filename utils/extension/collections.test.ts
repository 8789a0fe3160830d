import { describe, expect, it } from 'vitest';
import {
  addArticle,
  cannotAdd,
  deleteStory,
  findStory,
  MAX_ARTICLE_CHARS,
  MAX_ARTICLES_PER_STORY,
  MAX_STORIES,
  MAX_TOTAL_CHARS,
  parseStories,
  removeArticle,
  restoreStory,
  storyArticles,
  storyNameOf,
  type CollectedArticle,
  type CollectedStory,
} from './collections';

const TEXT = 'The ferry collided with a cargo ship in the bay on Sunday morning, the coast guard said. '.repeat(4);

function article(n: number, over: Partial<CollectedArticle> = {}): CollectedArticle {
  return {
    title: `Report ${n}`,
    text: TEXT,
    url: `https://outlet${n}.example/news/${n}`,
    outlet: `Outlet ${n}`,
    date: '2031-09-14',
    lang: 'en',
    addedAt: 1000 + n,
    ...over,
  };
}

function story(name: string, count: number, at = 1): CollectedStory {
  return { name, createdAt: at, updatedAt: at, articles: Array.from({ length: count }, (_, i) => article(i + 1)) };
}

/** Adds and expects it to work. */
function added(stories: CollectedStory[], name: string, a: CollectedArticle) {
  const r = addArticle(stories, name, a);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('story names', () => {
  it.each([
    ['  Ferry   collision ', 'Ferry collision'],
    ['\tA\nB', 'A B'],
    ['x'.repeat(200), 'x'.repeat(80)],
    ['   ', ''],
  ])('%j is kept as %j', (typed, kept) => expect(storyNameOf(typed)).toBe(kept));

  it('finds a story whatever the case or spacing of the name typed', () => {
    const stories = [story('Ferry collision', 1)];
    expect(findStory(stories, ' ferry  COLLISION')?.name).toBe('Ferry collision');
    expect(findStory(stories, 'Ferry')).toBeUndefined();
  });
});

describe('addArticle', () => {
  it('makes a new story, then adds to it under any spelling of its name', () => {
    const first = added([], ' Ferry collision ', article(1));
    expect(first.story).toMatchObject({ name: 'Ferry collision', createdAt: 1001, updatedAt: 1001 });
    const second = added(first.stories, 'ferry collision', article(2));
    expect(second.stories).toHaveLength(1);
    expect(second.story.articles.map((a) => a.url)).toEqual(['https://outlet1.example/news/1', 'https://outlet2.example/news/2']);
    expect(second.story.updatedAt).toBe(1002);
  });

  it('leaves the other stories as they were, in their order', () => {
    const others = [story('A', 2), story('B', 1)];
    const { stories } = added(others, 'B', article(7));
    expect(stories.map((s) => s.name)).toEqual(['A', 'B']);
    expect(stories[0]).toBe(others[0]);
    expect(stories[1]!.articles).toHaveLength(2);
    expect(others[1]!.articles).toHaveLength(1); // the input is not changed
  });

  it.each<[string, CollectedStory[], string, RegExp]>([
    ['a story at its limit', [story('Full', MAX_ARTICLES_PER_STORY)], 'full', /already holds 12 articles/],
    ['one story too many', Array.from({ length: MAX_STORIES }, (_, i) => story(`S${i}`, 1)), 'Another', /already keeps 20 stories/],
    ['no name', [], '   ', /Name the story/],
  ])('refuses %s, changing nothing', (_what, stories, name, error) => {
    const r = addArticle(stories, name, article(99));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(error) });
    expect(cannotAdd(stories, name)).toMatch(error);
  });

  it('refuses a page already in the story', () => {
    const r = addArticle([story('Ferry', 2)], 'Ferry', article(2, { addedAt: 5000 }));
    expect(r).toEqual({ ok: false, error: 'This page is already in “Ferry”.' });
  });

  it('refuses when all stories together would pass the storage budget', () => {
    const big = 'x'.repeat(MAX_ARTICLE_CHARS);
    const stories = [
      {
        ...story('Big', 0),
        articles: Array.from({ length: Math.floor(MAX_TOTAL_CHARS / MAX_ARTICLE_CHARS) }, (_, i) => article(i, { text: big })),
      },
    ];
    const r = addArticle(stories, 'Other', article(50, { text: big }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/space Parallax keeps for stories is full/);
  });
});

describe('removing and undoing', () => {
  it('removes one article and puts it back where it was', () => {
    const before = [story('A', 3), story('B', 1)];
    const { stories, removed } = removeArticle(before, 'a', 'https://outlet2.example/news/2');
    expect(stories[0]!.articles.map((a) => a.title)).toEqual(['Report 1', 'Report 3']);
    expect(restoreStory(stories, removed!)).toEqual(before);
  });

  it('deletes a story and brings it back at its place', () => {
    const before = [story('A', 1), story('B', 2), story('C', 1)];
    const { stories, removed } = deleteStory(before, 'B');
    expect(stories.map((s) => s.name)).toEqual(['A', 'C']);
    expect(restoreStory(stories, removed!)).toEqual(before);
  });

  it('an undo after the story got a new article keeps that article too', () => {
    const { stories, removed } = deleteStory([story('A', 2)], 'A');
    const again = added(stories, 'A', article(9, { addedAt: 9999 }));
    const restored = restoreStory(again.stories, removed!);
    expect(restored).toHaveLength(1);
    expect(restored[0]!.articles.map((a) => a.title)).toEqual(['Report 1', 'Report 2', 'Report 9']);
  });

  it('removing what is not there changes nothing and has nothing to undo', () => {
    const before = [story('A', 1)];
    expect(removeArticle(before, 'A', 'https://nowhere.example/')).toEqual({ stories: before, removed: null });
    expect(deleteStory(before, 'Z')).toEqual({ stories: before, removed: null });
  });
});

describe('parseStories: a stored value read entry by entry', () => {
  it('nothing stored is no stories', () => {
    expect(parseStories(undefined)).toEqual({ stories: [], readable: true });
    expect(parseStories(null)).toEqual({ stories: [], readable: true });
  });

  it.each([[{ stories: [] }], ['a string'], [42], [true]])('%j has no known shape: no stories, and said to be unreadable', (stored) => {
    expect(parseStories(stored)).toEqual({ stories: [], readable: false });
  });

  it('reads back what was stored, exactly', () => {
    const stories = [story('A', 3), story('B', 1)];
    expect(parseStories(JSON.parse(JSON.stringify(stories)))).toEqual({ stories, readable: true });
  });

  it('a bad article costs only itself, a bad story only itself', () => {
    const good = story('Good', 2);
    const stored = [
      { ...good, articles: [good.articles[0], { ...good.articles[1], url: 'javascript:alert(1)' }, { title: 1 }, null, good.articles[1]] },
      { name: '', createdAt: 1, articles: [] },
      { name: 'No articles list', createdAt: 1 },
      'junk',
      { ...story('good', 1) }, // the same name again: the first one stands
    ];
    const { stories, readable } = parseStories(stored);
    expect(readable).toBe(true);
    expect(stories).toEqual([good]);
  });

  it.each<[string, Partial<Record<keyof CollectedArticle, unknown>>]>([
    ['an address that is not http(s)', { url: 'file:///etc/passwd' }],
    ['an empty text', { text: '  ' }],
    ['a text past the cap', { text: 'x'.repeat(MAX_ARTICLE_CHARS + 1) }],
    ['a date that is not a day', { date: 'yesterday' }],
    ['a missing outlet', { outlet: '' }],
    ['no time of adding', { addedAt: 'now' }],
  ])('drops an article with %s', (_what, over) => {
    const stored = [{ ...story('A', 1), articles: [{ ...article(1), ...over }, article(2)] }];
    expect(parseStories(stored).stories[0]!.articles.map((a) => a.title)).toEqual(['Report 2']);
  });

  it('keeps HTML in a text as text: nothing is parsed or dropped for it', () => {
    const html = article(1, { title: '<img src=x onerror=alert(1)>', text: `<script>alert(1)</script> ${TEXT}` });
    expect(parseStories([{ ...story('A', 0), articles: [html] }]).stories[0]!.articles[0]).toEqual(html);
  });

  it('never reads more than the limits', () => {
    const many = Array.from({ length: MAX_STORIES + 3 }, (_, i) => story(`S${i}`, 1));
    many[0] = { ...many[0]!, articles: Array.from({ length: MAX_ARTICLES_PER_STORY + 2 }, (_, i) => article(i)) };
    const { stories } = parseStories(many);
    expect(stories).toHaveLength(MAX_STORIES);
    expect(stories[0]!.articles).toHaveLength(MAX_ARTICLES_PER_STORY);
  });
});

describe('storyArticles: what the drafting of a pack takes', () => {
  it('gives each article as title, text, url, outlet, date and language, in order', () => {
    expect(storyArticles(story('A', 2))).toEqual([
      { title: 'Report 1', text: TEXT, url: 'https://outlet1.example/news/1', outlet: 'Outlet 1', date: '2031-09-14', lang: 'en' },
      { title: 'Report 2', text: TEXT, url: 'https://outlet2.example/news/2', outlet: 'Outlet 2', date: '2031-09-14', lang: 'en' },
    ]);
  });
});
